#!/usr/bin/env python3
"""Deterministic generator for set tuning11. Standard library only."""
import json, os, datetime as dt, email.utils, base64, quopri
from zoneinfo import ZoneInfo
from email.message import EmailMessage
from email import policy

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cases')
CASES = []
WD = {'monday':0,'tuesday':1,'wednesday':2,'thursday':3,'friday':4,'saturday':5,'sunday':6,
      'lundi':0,'mardi':1,'mercredi':2,'jeudi':3,'vendredi':4,'samedi':5,'dimanche':6}

def d(s): return dt.date.fromisoformat(s)
def ago(sent, n): return (d(sent[:10]) - dt.timedelta(days=n)).isoformat()
def lastwd(sent, name):
    day = d(sent[:10]); k = (day.weekday() - WD[name]) % 7
    k = 7 if k == 0 else k
    return (day - dt.timedelta(days=k)).isoformat()

QUOTE = {
 ('en','checkin'): "Hi {me},\n\nTime for check-in 3! You and {partner} have logged 2 meetings so far, the last on October 21.\n\nHave you met again since? Reply to this email and tell us, for\nexample:\n\nDate: yesterday\nLength: 45 min\nHow: video\nTopics: 2, 5\nNotes: went over my cover letter for the Halifax posting\n\nPlain sentences work too (\"We had a 45-minute video call yesterday\nabout interviews\"). Either of you can log it. Notes are optional and\nstay between the two of you.\n\nThank you!",
 ('fr','checkin'): "Bonjour {me},\n\nVoici le suivi 3 de la session. {partner} et vous avez consigné\n2 rencontres jusqu'ici, la dernière le 21 octobre.\n\nVous êtes-vous parlé depuis? Répondez à ce courriel pour nous le\ndire, par exemple :\n\nDate: hier\nDurée : 45 min\n\nUne simple phrase fonctionne aussi (« Appel vidéo de 45 minutes\nhier sur les entrevues »). L'un ou l'autre de vous peut s'en charger. Les\nnotes sont facultatives et restent entre vous deux.\n\nMerci!",
 ('en','nudge'): "Hi {me},\n\nIt's been 24 days since you and {partner} last\nlogged a meeting (October 14). Life gets busy, and that's fine.\nA short call or a few emails count too.\n\nIf you have met, just reply with the date, for example:\n\nDate: last Tuesday\nLength: 30 min\nHow: phone\n\nWe're here if anything is getting in the way.",
 ('fr','nudge'): "Bonjour {me},\n\nCela fait 24 jours que {partner} et vous avez consigné une\nrencontre (14 octobre). La vie est occupée, c'est normal.\nUn court appel ou quelques courriels comptent aussi.\n\nSi vous vous êtes rencontrés, répondez simplement avec la date.\n\nNous sommes là si quelque chose vous en empêche.",
 ('en','midsession'): "Hi {me},\n\nYou're halfway through the session with {partner}. Thank you for\nthe time you're putting in!\n\nSo far: 3 meetings logged, 2 goals set, 0 done.\n\n- Are your conversations covering what you hoped?\n- Are your goals still the right ones?\n\nIf something isn't working, reply starting with \"question:\".",
 ('fr','midsession'): "Bonjour {me},\n\nVous voilà à mi-chemin de la session avec {partner}. Merci pour\nle temps que vous y consacrez!\n\nJusqu'ici : 3 rencontres consignées, 2 objectifs fixés, 0 atteint.\n\n- Vos échanges portent-ils sur ce que vous espériez?\n- Vos objectifs sont-ils toujours les bons, ou faut-il les ajuster?\n\nSi quelque chose ne va pas, répondez en commençant par « question : ».",
 ('en','digest'): "Hi {me},\n\nHere is your fortnightly digest for your pair with {partner}.\n\nMeetings logged: 3\nGoals: 1 in progress, 1 new\n\nReply to this email to log a meeting or update a goal.",
 ('fr','digest'): "Bonjour {me},\n\nVoici votre résumé aux deux semaines pour votre jumelage avec {partner}.\n\nRencontres consignées : 3\nObjectifs : 1 en cours, 1 nouveau\n\nRépondez à ce courriel pour consigner une rencontre.",
 ('en','introduction'): "Hi {me},\n\nWelcome to the mentorship program! Your partner for this session is\n{partner}. We suggest a first conversation within the next two weeks.\n\nReply to this email any time to log a meeting.",
 ('fr','introduction'): "Bonjour {me},\n\nBienvenue au programme de mentorat! Votre partenaire pour cette session\nest {partner}. Nous suggérons une première conversation d'ici deux semaines.\n\nRépondez à ce courriel en tout temps pour consigner une rencontre.",
}
SUBJ = {('en','checkin'):'Check-in 3: have you met {partner} again?',('fr','checkin'):'Suivi 3 : une autre rencontre avec {partner}?',
 ('en','nudge'):'Checking in: catching up with {partner}?',('fr','nudge'):'Petit rappel : des nouvelles de {partner}?',
 ('en','midsession'):'Halfway there: how is it going?',('fr','midsession'):'À mi-parcours : comment ça se passe?',
 ('en','digest'):'Your mentorship digest',('fr','digest'):'Votre résumé de mentorat',
 ('en','introduction'):'Meet your mentorship partner',('fr','introduction'):'Voici votre partenaire de mentorat'}
QNOT = {('en','checkin'):'Plain sentences work too',('fr','checkin'):'Une simple phrase fonctionne aussi',
 ('en','nudge'):'Life gets busy',('fr','nudge'):'La vie est occupée',('en','midsession'):'halfway through the session',
 ('fr','midsession'):'mi-chemin de la session',('en','digest'):'fortnightly digest',('fr','digest'):'résumé aux deux semaines',
 ('en','introduction'):'Welcome to the mentorship program',('fr','introduction'):'Bienvenue au programme de mentorat'}
PROG = 'Mentorat / Mentorship <mentorat@bibliomentor.ca>'

def C(id, lang, cat, prompt, tz, sent, frm, body, note, meeting=None, sig='', style='gmail', enc='qp',
      has=None, nots=None, warn=False, goals=None, commands=None, question=False, count=None, partner=None, cls='reply', html=False):
    CASES.append(dict(id=id, lang=lang, cat=cat, prompt=prompt, tz=tz, sent=sent, frm=frm, body=body, note=note,
        meeting=meeting, sig=sig, style=style, enc=enc, has=has, nots=nots or [], warn=warn, goals=goals or [],
        commands=commands or [], question=question, count=count, partner=partner, cls=cls, html=html))

def M(date, minutes=None, mode=None, topics=None, nxt=None):
    return {'date': date, 'minutes': minutes, 'mode': mode, 'next_meeting': nxt, 'topics_include': topics or []}

def build(c):
    lang, prompt = c['lang'], c['prompt'] or 'checkin'
    name = c['frm'].split('<')[0].strip()
    me = name.split()[0]
    partner = c['partner'] or ('Priya' if lang == 'en' else 'Geneviève')
    tz = ZoneInfo(c['tz'])
    local = dt.datetime.fromisoformat(c['sent']).replace(tzinfo=tz)
    qdate = local - dt.timedelta(days=2, hours=3)
    qtext = QUOTE[(lang, prompt)].format(me=me, partner=partner)
    subj = SUBJ[(lang, prompt)].format(partner=partner)
    subj = ('RE: ' if c['style'] in ('outlook','orig','outlook_fr') else 'Re: ') + subj
    own = c['body'].strip('\n')
    if c['sig']:
        own += '\n\n' + c['sig'].strip('\n')
    style = c['style']
    qd = email.utils.format_datetime(qdate)
    if style == 'gmail':
        if lang == 'en':
            hdr = f"On {qdate.strftime('%a, %b %-d, %Y at %-I:%M %p')} Mentorship <mentorat@bibliomentor.ca> wrote:"
        else:
            mois = ['janv.','févr.','mars','avr.','mai','juin','juil.','août','sept.','oct.','nov.','déc.'][qdate.month-1]
            hdr = f"Le {qdate.day} {mois} {qdate.year} à {qdate.strftime('%H h %M')}, Mentorat <mentorat@bibliomentor.ca> a écrit :"
        full = own + '\n\n' + hdr + '\n' + '\n'.join('> ' + l if l else '>' for l in qtext.split('\n'))
    elif style in ('outlook', 'outlook_fr'):
        if lang == 'en':
            hdr = f"From: Mentorship <mentorat@bibliomentor.ca>\nSent: {qdate.strftime('%A, %B %-d, %Y %-I:%M %p')}\nTo: {name} <{c['frm'].split('<')[1][:-1]}>\nSubject: {SUBJ[(lang,prompt)].format(partner=partner)}"
        else:
            hdr = f"De : Mentorat <mentorat@bibliomentor.ca>\nEnvoyé : {qdate.strftime('%d/%m/%Y %H:%M')}\nÀ : {name} <{c['frm'].split('<')[1][:-1]}>\nObjet : {SUBJ[(lang,prompt)].format(partner=partner)}"
        full = own + '\n\n________________________________\n' + hdr + '\n\n' + qtext
    elif style == 'orig':
        full = own + '\n\n-----Original Message-----\nFrom: Mentorship <mentorat@bibliomentor.ca>\nSent: ' + qd + '\nSubject: ' + SUBJ[(lang,prompt)].format(partner=partner) + '\n\n' + qtext
    elif style == 'iphone':
        foot = 'Sent from my iPhone' if lang == 'en' else 'Envoyé de mon iPhone'
        mois = ['janv.','févr.','mars','avr.','mai','juin','juil.','août','sept.','oct.','nov.','déc.'][qdate.month-1]
        if lang == 'en':
            ih = f"On {qdate.strftime('%b %-d, %Y')}, at {qdate.strftime('%-I:%M %p')}, Mentorship <mentorat@bibliomentor.ca> wrote:"
        else:
            ih = f"Le {qdate.day} {mois} {qdate.year} à {qdate.strftime('%H:%M')}, Mentorat <mentorat@bibliomentor.ca> a écrit :"
        full = own + '\n\n' + foot + '\n\n' + ih + '\n\n' + '\n'.join('> ' + l if l else '>' for l in qtext.split('\n'))
        c['nots'] = c['nots'] + [foot]
    elif style == 'apple':
        w = 'wrote:' if lang == 'en' else 'a écrit :'
        full = own + '\n\n' + f"> On {qdate.strftime('%b %-d, %Y')}, at {qdate.strftime('%-I:%M %p')}, Mentorship <mentorat@bibliomentor.ca> {w}\n>\n" + '\n'.join('> ' + l if l else '>' for l in qtext.split('\n'))
    else:
        full = own
    if style != 'none':
        c['nots'] = c['nots'] + [QNOT[(lang, prompt)]]
    msg = EmailMessage(policy=policy.SMTP)
    msg['From'] = c['frm']
    msg['To'] = 'Mentorat <mentorat+p%03d@bibliomentor.ca>' % (len(c['id']) * 7 % 1000)
    msg['Subject'] = subj
    msg['Date'] = email.utils.format_datetime(local)
    msg['Message-ID'] = f"<{c['id']}.{local.strftime('%Y%m%d%H%M')}@mail.example.ca>"
    msg['In-Reply-To'] = f"<prog-{c['id']}@bibliomentor.ca>"
    msg['MIME-Version'] = '1.0'
    if c['html'] or style in ('html_gmail', 'html_outlook'):
        import html as H
        ownh = '<br>\n'.join(H.escape(l) for l in own.split('\n'))
        qh = '<br>\n'.join(H.escape(l) for l in qtext.split('\n'))
        if style == 'html_outlook':
            fr_ = 'De :' if lang == 'fr' else 'From:'
            body = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr"><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt">{ownh}</div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif"><b>{fr_}</b> Mentorat &lt;mentorat@bibliomentor.ca&gt;<br><b>Subject:</b> {H.escape(SUBJ[(lang,prompt)].format(partner=partner))}</font><div>&nbsp;</div></div><div>{qh}</div></div></body></html>'
        else:
            w = 'wrote:' if lang == 'en' else 'a écrit :'
            attr = f'On {qdate.strftime("%a, %b %-d, %Y")} at {qdate.strftime("%-I:%M %p")} Mentorship &lt;mentorat@bibliomentor.ca&gt; wrote:' if lang == 'en' else f'Le {qdate.day}/{qdate.month}/{qdate.year} à {qdate.strftime("%H:%M")}, Mentorat &lt;mentorat@bibliomentor.ca&gt; a écrit :'
            body = f'<div dir="ltr">{ownh}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{attr}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{qh}</blockquote></div>'
            c['nots'] = c['nots'] + [QNOT[(lang, prompt)]]
        if style == 'html_outlook':
            c['nots'] = c['nots'] + [QNOT[(lang, prompt)]]
        msg.set_content(body, subtype='html', charset='utf-8', cte='base64' if c['enc'] == 'b64' else 'quoted-printable')
    elif c['enc'] == 'latin1':
        msg.set_content(full + '\n', charset='iso-8859-1', cte='quoted-printable')
    elif c['enc'] == 'b64':
        msg.set_content(full + '\n', charset='utf-8', cte='base64')
    elif c['enc'] == 'flowed':
        # format=flowed: soft-wrap long own lines
        out = []
        for l in full.split('\n'):
            while len(l) > 72 and not l.startswith('>'):
                cut = l.rfind(' ', 0, 72)
                if cut <= 0: break
                out.append(l[:cut+1]); l = l[cut+1:]
            out.append(l)
        msg.set_content('\n'.join(out) + '\n', charset='utf-8', cte='8bit')
        msg.set_param('format', 'flowed')
    else:
        msg.set_content(full + '\n', charset='utf-8', cte='quoted-printable')
    c['nots'] = list(dict.fromkeys(c['nots']))
    return msg.as_bytes(policy=policy.SMTP)

def expect(c):
    if c['cls'] != 'reply':
        return {'class': c['cls']}
    has = c['has']
    if has is None:
        first = c['body'].strip().split('\n')[0]
        has = [' '.join(first.split()[:5]).rstrip(',.:;!?')]
    e = {'class': 'reply', 'meeting': c['meeting']}
    if c['count']: e['meetings_count'] = c['count']
    e.update({'goals': c['goals'], 'commands': c['commands'], 'question': c['question'], 'warn': c['warn'],
              'reply_text_has': has, 'reply_text_not': c['nots']})
    return e

def main():
    import cases_def  # noqa
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT): os.remove(os.path.join(OUT, f))
    ids = set()
    for c in CASES:
        assert c['id'] not in ids, c['id']; ids.add(c['id'])
        raw = build(c)
        with open(os.path.join(OUT, c['id'] + '.eml'), 'wb') as f: f.write(raw)
        j = {'id': c['id'], 'lang': c['lang'], 'category': c['cat'], 'prompt': c['prompt'], 'tz': c['tz'],
             'note': c['note'], 'expect': expect(c)}
        with open(os.path.join(OUT, c['id'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(j, f, ensure_ascii=False, indent=2); f.write('\n')
    print(len(CASES), 'cases')

if __name__ == '__main__':
    import sys; sys.modules['gen'] = sys.modules['__main__']
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()
