#!/usr/bin/env python3
"""Deterministic generator for set tuning7 (t7-*). Standard library only."""
import json, os, random, datetime as dt, base64, quopri
from zoneinfo import ZoneInfo
from email.utils import format_datetime

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cases')
R = random.Random(7)
CASES = []
D = dt.date
WD = {'Mon':0,'Tue':1,'Wed':2,'Thu':3,'Fri':4,'Sat':5,'Sun':6}

def last_wd(base, name):
    n = (base.weekday() - WD[name]) % 7
    return base - dt.timedelta(days=n or 7)
def dom_past(base, day):
    if day < base.day: return base.replace(day=day)
    m = base.month - 1 or 12
    return base.replace(month=m, day=day)
def dom_next(base, day):
    if day > base.day: return base.replace(day=day)
    return (base.replace(day=1) + dt.timedelta(days=32)).replace(day=day)
def next_wd(base, name):
    n = (WD[name] - base.weekday()) % 7
    return base + dt.timedelta(days=n or 7)

EN_NAMES = [('Priya Raman','priya.raman@ottawapubliclibrary.ca','Branch Librarian, Greenboro','America/Toronto'),
 ('Dave McKinnon','dmckinnon@vpl.ca','Reference Assistant | Vancouver Public Library','America/Vancouver'),
 ('Siobhan Walsh','swalsh@mun.ca','Liaison Librarian, QEII Library','America/St_Johns'),
 ('Tomasz Nowak','tnowak@umanitoba.ca','Metadata Librarian, University of Manitoba Libraries','America/Winnipeg'),
 ('Jasmine Okafor','jasmine.okafor@dal.ca','MLIS Candidate, Dalhousie University','America/Halifax'),
 ('Kevin Li','kevin.li@tpl.ca','Librarian II, Children\'s Services','America/Toronto'),
 ('Aroha Bennett','abennett@gmail.com','','America/Vancouver'),
 ('Marcus Thibodeau','marcus.t@hotmail.com','','America/Halifax'),
 ('Rachel Greenberg','rgreenberg@yorku.ca','Scholarly Communications Librarian | York University','America/Toronto'),
 ('Nadia Haddad','nhaddad@wpl.winnipeg.ca','Library Technician, Millennium Library','America/Winnipeg')]
FR_NAMES = [('Geneviève Tremblay','genevieve.tremblay@banq.qc.ca','Bibliothécaire, Service de la référence, BAnQ','America/Toronto'),
 ('Mathieu Gagnon','mathieu.gagnon@umontreal.ca','Bibliothécaire disciplinaire | Bibliothèques UdeM','America/Toronto'),
 ('Sophie Bouchard','sbouchard@ville.quebec.qc.ca','Technicienne en documentation, Bibliothèque Gabrielle-Roy','America/Toronto'),
 ('Karim Benali','karim.benali@gmail.com','','America/Toronto'),
 ('Émilie Leblanc','emilie.leblanc@umoncton.ca','Bibliothécaire, Bibliothèque Champlain','America/Halifax'),
 ('Josée Pelletier','josee.pelletier@usherbrooke.ca','Conseillère en gestion documentaire','America/Toronto'),
 ('Olivier Fortin','ofortin@videotron.ca','','America/Toronto'),
 ('Marie-Ève Lavoie','marieeve.lavoie@ustboniface.ca','Bibliothécaire, Université de Saint-Boniface','America/Winnipeg'),
 ('Amadou Diallo','adiallo@ulaval.ca','Étudiant à la maîtrise, EBSI','America/Toronto'),
 ('Chantal Roy','chantal.roy@biblio.gatineau.ca','Chef de section, Bibliothèque de Gatineau','America/Toronto')]
PARTNERS_EN = ['Helen','Joanne','Raj','Chris','Amélie','Farah','Bill','Lucy']
PARTNERS_FR = ['Isabelle','François','Nathalie','Stéphane','Julie','Patrick','Annie','Luc']

DISCL_EN = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended "
            "recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure "
            "or distribution is prohibited.")
DISCL_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel est destiné exclusivement au destinataire mentionné ci-dessus et peut "
            "contenir de l'information privilégiée ou confidentielle. Si vous l'avez reçu par erreur, veuillez le détruire.")
LAND_EN = "I work on the unceded traditional territory of the Musqueam, Squamish and Tsleil-Waututh Nations."
LAND_FR = "Je travaille sur le territoire non cédé de la Nation Wendat."

def prog_quote(lang, prompt, name, partner):
    if lang == 'en':
        q = {'checkin': f"Hi {name},\n\nTime for check-in 3! You and {partner} have logged 2 meetings so far, the last on October 9.\n\nHave you met again since? Reply to this email and tell us, for\nexample:\n\nDate: yesterday\nLength: 45 minutes\n\nPlain sentences work too (\"We had a 45-minute video call yesterday\nabout interviews\"). Either of you can log it.\n\nThank you!",
             'goals_prompt': f"Hi {name},\n\nKnowing what you want from this session helps {partner} help\nyou. What would you like to achieve soon, and where are you heading\nover the next few years?\n\nJust reply with a short-term and a long-term goal, one per line,\nlike this:\n\nShort term: update my CV and send two applications\n\nThank you!",
             'midsession': f"Hi {name},\n\nHalfway through the session! How is it going with {partner}?\nOn a scale of 1 to 5, how useful has the program been so far?\nHow often have you been meeting?\n\nThank you!",
             'wrapup': f"Hi {name},\n\nThe session is ending. Thank you for taking part!\nOn a scale of 1 to 5, how would you rate this session?\nWhat would you change?\n\nThank you!",
             'nudge': f"Hi {name},\n\nChecking in: catching up with {partner}? We haven't seen a meeting logged in a while.\nA short call counts!\n\nThank you!",
             'digest': f"Hi {name},\n\nYour mentoring digest: you and {partner}.\nGoals: 1. Update my CV (short term): in progress\n\nThank you!",
             'introduction': f"Hi {name},\n\nMeet your partner for this session, {partner}! Say hello and set up a first conversation.\n\nThank you!",
             'confidentiality': f"Hi {name},\n\nA reminder: what you share with {partner} stays between the two of you.\n\nThank you!"}[prompt]
        subj = {'checkin': f"Check-in 3: have you met {partner} again?", 'goals_prompt': "What would you like from this session?",
                'midsession': "Halfway through: how is it going?", 'wrapup': "Thank you, and a short survey",
                'nudge': f"Checking in: catching up with {partner}?", 'digest': f"Your mentoring digest: you and {partner}",
                'introduction': f"Meet your partner, {partner}", 'confidentiality': "A reminder about confidentiality"}[prompt]
    else:
        q = {'checkin': f"Bonjour {name},\n\nVoici le suivi 3 de la session. {partner} et vous avez consigné\n2 rencontres jusqu'ici, la dernière le 9 octobre.\n\nVous êtes-vous parlé depuis? Répondez à ce courriel pour nous le\ndire, par exemple :\n\nDate : hier\nDurée : 45 minutes\n\nUne simple phrase fonctionne aussi (« Appel vidéo de 45 minutes\nhier sur les entrevues »).\n\nMerci!",
             'goals_prompt': f"Bonjour {name},\n\nSavoir ce que vous attendez de cette session aidera {partner}\nà bien vous accompagner. Qu'aimeriez-vous accomplir bientôt, et vers\nquoi souhaitez-vous aller dans les prochaines années?\n\nRépondez simplement avec un objectif à court terme et un autre à long\nterme, un par ligne.\n\nMerci!",
             'midsession': f"Bonjour {name},\n\nNous voici à mi-parcours! Comment ça se passe avec {partner}?\nSur une échelle de 1 à 5, le programme vous est-il utile?\nÀ quelle fréquence vous rencontrez-vous?\n\nMerci!",
             'wrapup': f"Bonjour {name},\n\nLa session se termine. Merci d'y avoir participé!\nSur une échelle de 1 à 5, comment évaluez-vous cette session?\n\nMerci!",
             'nudge': f"Bonjour {name},\n\nDes nouvelles de {partner}? Aucune rencontre n'a été consignée depuis un moment.\nUn court appel compte aussi!\n\nMerci!",
             'digest': f"Bonjour {name},\n\nVotre résumé de mentorat : {partner} et vous.\nObjectifs : 1. Mettre à jour mon CV (court terme) : en cours\n\nMerci!",
             'introduction': f"Bonjour {name},\n\nVoici votre partenaire pour cette session : {partner}! Écrivez-lui pour prévoir une première conversation.\n\nMerci!",
             'confidentiality': f"Bonjour {name},\n\nUn rappel : ce que vous partagez avec {partner} reste entre vous deux.\n\nMerci!"}[prompt]
        subj = {'checkin': f"Suivi 3 : une autre rencontre avec {partner}?", 'goals_prompt': "Qu'aimeriez-vous retirer de cette session?",
                'midsession': "Mi-parcours : comment ça se passe?", 'wrapup': "Merci, et un court sondage",
                'nudge': f"Des nouvelles de {partner}?", 'digest': f"Votre résumé de mentorat : {partner} et vous",
                'introduction': f"Voici votre partenaire, {partner}", 'confidentiality': "Un rappel sur la confidentialité"}[prompt]
    return subj, q

QUOTE_MARK = {'checkin': {'en': 'Time for check-in 3', 'fr': 'Voici le suivi 3'},
              'goals_prompt': {'en': 'Knowing what you want from this session', 'fr': 'Savoir ce que vous attendez'},
              'midsession': {'en': 'Halfway through the session', 'fr': 'Nous voici à mi-parcours'},
              'wrapup': {'en': 'The session is ending', 'fr': 'La session se termine'},
              'nudge': {'en': "We haven't seen a meeting logged", 'fr': "Aucune rencontre n'a été consignée depuis"},
              'digest': {'en': 'Your mentoring digest', 'fr': 'Votre résumé de mentorat'},
              'introduction': {'en': 'Meet your partner for this session', 'fr': 'Voici votre partenaire pour cette session'},
              'confidentiality': {'en': 'stays between the two of you', 'fr': 'reste entre vous deux'}}

def qp(s): return quopri.encodestring(s.encode('utf-8')).decode('ascii')

def build(c):
    """Return raw message text (CRLF)."""
    lang, tz = c['lang'], c['tz']
    name, addr, title = c['who'][0], c['who'][1], c['who'][2]
    sent = c['sent']  # aware datetime
    prompt = c['prompt'] or 'checkin'
    partner = c['partner']
    subj, quote = prog_quote(lang, prompt, name.split()[0], partner)
    sig_lines = []
    if c.get('sig', True):
        sig_lines.append(name)
        if title: sig_lines.append(title)
        if c.get('land'): sig_lines.append(LAND_EN if lang == 'en' else LAND_FR)
        if c.get('mobile'): sig_lines.append('Sent from my iPhone' if lang == 'en' else 'Envoyé de mon iPhone')
        if c.get('discl'): sig_lines += ['', DISCL_EN if lang == 'en' else DISCL_FR]
    own = c['body'].strip('\n')
    prog = 'mentorat@mentormail.ca'
    style = c.get('style', 'gmail')
    pdate = sent - dt.timedelta(days=3, hours=2)
    if lang == 'en':
        ghead = f"On {pdate.strftime('%a, %b %-d, %Y at %-I:%M %p')} Mentorship Program <{prog}> wrote:"
    else:
        ghead = f"Le {pdate.day} {['janv.','févr.','mars','avr.','mai','juin','juil.','août','sept.','oct.','nov.','déc.'][pdate.month-1]} {pdate.year} à {pdate.strftime('%H:%M')}, Programme de mentorat <{prog}> a écrit :"
    def outlook_head():
        if lang == 'en':
            return (f"From: Mentorship Program <{prog}>\nSent: {pdate.strftime('%A, %B %-d, %Y %-I:%M %p')}\nTo: {name} <{addr}>\nSubject: {subj}")
        return (f"De : Programme de mentorat <{prog}>\nEnvoyé : {pdate.strftime('%d/%m/%Y %H:%M')}\nÀ : {name} <{addr}>\nObjet : {subj}")
    sig = '\n'.join(sig_lines)
    html = False
    if style == 'gmail':
        text = own + ('\n\n' + sig if sig else '') + '\n\n' + ghead + '\n\n' + '\n'.join('> ' + l if l else '>' for l in quote.split('\n'))
    elif style == 'outlook':
        text = own + ('\n\n' + sig if sig else '') + '\n\n' + '_' * 32 + '\n' + outlook_head() + '\n\n' + quote
    elif style == 'original':
        text = own + ('\n\n' + sig if sig else '') + '\n\n-----Original Message-----\n' + outlook_head() + '\n\n' + quote
    elif style == 'apple':
        text = own + ('\n\n' + sig if sig else '') + '\n\n' + ghead + '\n\n' + '\n'.join('> ' + l if l else '>' for l in quote.split('\n'))
    elif style == 'none':
        text = own + ('\n\n' + sig if sig else '')
    elif style in ('html_gmail', 'html_outlook'):
        html = True
        esc = lambda s: s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
        ownh = ''.join(f'<div>{esc(l) if l else "<br>"}</div>' for l in own.split('\n'))
        sigh = '<br>'.join(esc(l) for l in sig_lines)
        qh = '<br>'.join(esc(l) for l in quote.split('\n'))
        if style == 'html_gmail':
            text = (f'<div dir="ltr">{ownh}<br><div><div dir="ltr" class="gmail_signature">{sigh}</div></div></div><br>'
                    f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(ghead)}<br></div>'
                    f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{qh}</blockquote></div>')
        else:
            text = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                    f'<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{ownh}</div><div><br></div><div>{sigh}</div>'
                    f'<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">'
                    f'{esc(outlook_head()).replace(chr(10), "<br>")}</font><div>&nbsp;</div></div><div>{qh}</div></body></html>')
    enc = c.get('enc', R.choice(['8bit', 'qp', 'qp', 'base64', '8bit']))
    charset = 'utf-8'
    if c.get('latin1'): charset = 'iso-8859-1'; enc = 'qp'
    ctype = 'text/html' if html else 'text/plain'
    extra = ''
    if enc == 'flowed' and not html:
        # soft-wrap long lines with trailing space
        out = []
        for l in text.split('\n'):
            while len(l) > 72 and ' ' in l[:72] and not l.startswith('>'):
                k = l[:72].rfind(' ')
                out.append(l[:k + 1]); l = l[k + 1:]
            out.append(l)
        text = '\n'.join(out); extra = '; format=flowed'; enc = '8bit'
    elif enc == 'flowed':
        enc = 'qp'
    if enc == '8bit':
        payload = text; cte = '8bit'
    elif enc == 'qp':
        payload = quopri.encodestring(text.encode(charset)).decode('ascii'); cte = 'quoted-printable'
    else:
        b = base64.encodebytes(text.encode(charset)).decode('ascii'); payload = b.rstrip('\n'); cte = 'base64'
    msgid = f"<{c['id']}.{int(sent.timestamp())}@{addr.split('@')[1]}>"
    rsubj = ('Re: ' if lang == 'en' or R.random() < .5 else 'RE : ') + subj
    from email.header import Header
    def hdr(s):
        try: s.encode('ascii'); return s
        except UnicodeEncodeError: return Header(s, 'utf-8').encode(maxlinelen=998)
    fromh = f"{hdr(name)} <{addr}>"
    headers = [f"Date: {format_datetime(sent)}", f"From: {fromh}", f"To: {hdr('Mentorship Program' if lang=='en' else 'Programme de mentorat')} <reply+{c['id']}@mentormail.ca>",
               f"Subject: {hdr(rsubj)}", f"Message-ID: {msgid}", f"In-Reply-To: <prog-{c['id']}@mentormail.ca>", "MIME-Version: 1.0",
               f"Content-Type: {ctype}; charset=\"{charset}\"{extra}", f"Content-Transfer-Encoding: {cte}"]
    return '\r\n'.join(headers) + '\r\n\r\n' + payload.replace('\r\n', '\n').replace('\n', '\r\n') + '\r\n'

def sent_at(tzname, y, m, d, h=9, mi=14):
    return dt.datetime(y, m, d, h, mi, tzinfo=ZoneInfo(tzname))

def add(cid, lang, cat, prompt, body, expect, note, sent_date, hour=10, who=None, **kw):
    names = EN_NAMES if lang == 'en' else FR_NAMES
    w = who if who is not None else names[len(CASES) % len(names)]
    tz = w[3]
    c = dict(id=f"t7-{cid}", lang=lang, cat=cat, prompt=prompt, body=body, who=w, tz=tz,
             sent=sent_at(tz, sent_date.year, sent_date.month, sent_date.day, hour, R.randint(0, 59)),
             partner=R.choice(PARTNERS_EN if lang == 'en' else PARTNERS_FR))
    c.update(kw)
    full = {'meeting': None, 'goals': [], 'commands': [], 'question': False, 'warn': False, 'reply_text_has': [], 'reply_text_not': []}
    full.update(expect)
    full = {'class': 'reply', **full}
    if full.get('meeting') is not None:
        m = {'date': None, 'minutes': None, 'mode': None, 'next_meeting': None, 'topics_include': []}
        m.update(full['meeting']); full['meeting'] = m
    # reply_text_not: quoted program text + title/disclaimer
    if c.get('style', 'gmail') != 'none' and not full['reply_text_not']:
        full['reply_text_not'] = [QUOTE_MARK[prompt or 'checkin'][lang]]
    if c.get('discl'): full['reply_text_not'].append('CONFIDENTIALITY NOTICE' if lang == 'en' else 'AVIS DE CONFIDENTIALITÉ')
    if c.get('land'): full['reply_text_not'].append('unceded traditional territory' if lang == 'en' else 'territoire non cédé')
    if c.get('mobile'): full['reply_text_not'].append('Sent from my iPhone' if lang == 'en' else 'Envoyé de mon iPhone')
    if c.get('sig', True) and w[2] and R.random() < .6 and w[2] not in body:
        full['reply_text_not'].append(w[2].split('|')[0].strip())
    full['reply_text_not'] = list(dict.fromkeys(full['reply_text_not']))
    c['expect'] = full; c['note'] = note
    CASES.append(c)
    return c

def raw(cid, lang, cat, text, cls, note, tz='America/Toronto'):
    from email.header import Header
    head, body = text.split('\n\n', 1)
    lines = []
    for l in head.split('\n'):
        k, _, v = l.partition(': ')
        try:
            l.encode('ascii')
        except UnicodeEncodeError:
            if k == 'From' and '<' in v:
                nm, ad = v.rsplit('<', 1); l = k + ': ' + Header(nm.strip(), 'utf-8').encode() + ' <' + ad
            else:
                l = k + ': ' + Header(v, 'utf-8').encode()
        lines.append(l)
    try:
        body.encode('ascii')
    except UnicodeEncodeError:
        lines.append('Content-Transfer-Encoding: quoted-printable'); body = quopri.encodestring(body.encode('utf-8')).decode('ascii')
    text = '\n'.join(l for l in lines if l) + '\n\n' + body
    exp = cls if isinstance(cls, dict) else {'class': cls}
    CASES.append(dict(id=f"t7-{cid}", lang=lang, cat=cat, prompt='', tz=tz, raw=text, expect=exp, note=note))

def write():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT): os.remove(os.path.join(OUT, f))
    for c in CASES:
        rawtext = c['raw'].replace('\r\n', '\n').replace('\n', '\r\n') if 'raw' in c else build(c)
        with open(os.path.join(OUT, c['id'] + '.eml'), 'w', newline='', encoding='utf-8') as f: f.write(rawtext)
        j = {'id': c['id'], 'lang': c['lang'], 'category': c['cat'], 'prompt': c['prompt'], 'tz': c['tz'], 'note': c['note'], 'expect': c['expect']}
        with open(os.path.join(OUT, c['id'] + '.json'), 'w', encoding='utf-8') as f: json.dump(j, f, ensure_ascii=False, indent=2); f.write('\n')

import cases_def
cases_def.define(globals())
write()
print(len(CASES))
