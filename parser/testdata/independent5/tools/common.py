# Shared builders for the i5 case generator (stdlib only, deterministic).
import json, os, base64, quopri, datetime, zoneinfo, email.utils, hashlib

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cases')
NAMES_EN = ['Jordan Blake', 'Ruth Abernathy', 'Karen Li', 'Dana Whitehorse', 'Sam Okafor', 'Priya Sharma', 'Tom Kowalski', 'Aisha Hassan', 'Connor MacLeod', 'Mei Tanaka']
NAMES_FR = ['Emilie Gagnon', 'Julie Bouchard', 'Nathalie Roy', 'Mathieu Cote', 'Sophie Lavoie', 'Karine Dube', 'Francois Pelletier', 'Marie-Eve Gauthier', 'Nadia Belkacem', 'Luc Fortin']
DOMAINS = ['gmail.com', 'outlook.com', 'library.example.ca', 'biblio.example.qc.ca', 'videotron.ca', 'shaw.ca']
PROG = '"Mentorat / Mentorship" <mentorat@mentormail.ca>'

QUOTES = {
 ('en','checkin'): ('Check-in 3: have you met Priya again?',
   "Hi there,\n\nTime for check-in 3! You and Priya have logged 2 meetings so far.\n\nHave you met again since? Reply to this email and tell us, for\nexample:\n\n  Met on Oct 14, 45 minutes, video, talked about interviews\n\nThank you!"),
 ('fr','checkin'): ('Suivi 3 : une autre rencontre avec Julie?',
   "Bonjour,\n\nVoici le suivi 3 de la session. Julie et vous avez consigné\n2 rencontres jusqu'ici.\n\nVous êtes-vous parlé depuis? Répondez à ce courriel pour nous le\ndire, par exemple :\n\n  Rencontre le 14 oct., 45 minutes, vidéo, sujet : entrevues\n\nMerci!"),
 ('en','goals_prompt'): ('What would you like from this session?',
   "Hi there,\n\nWhat would you like to get out of this session? Reply with one\nshort-term goal and one long-term goal, numbered if you like.\n\nThank you!"),
 ('fr','goals_prompt'): ("Qu'aimeriez-vous retirer de cette session?",
   "Bonjour,\n\nQu'aimeriez-vous retirer de cette session? Répondez avec un objectif\nà court terme et un objectif à long terme.\n\nMerci!"),
 ('en','wrapup'): ('Thank you, and a short survey',
   "Hi there,\n\nThe session has come to an end. We'd love to hear how it went. Reply to this email, give a rating\nfrom 1 (not great) to 5 (excellent), and write your answers under\neach question; skip any you like.\n\nRating:\nWhat worked well?\nWhat could be better?\nAnything else for the committee?"),
 ('fr','wrapup'): ('Merci, et un court sondage',
   "Bonjour,\n\nLa session est terminée. Répondez à ce courriel, donnez une note\nde 1 (pas terrible) à 5 (excellent) et écrivez vos réponses sous\nchaque question.\n\nNote :\nQu'est-ce qui a bien fonctionné?\nQu'est-ce qui pourrait être mieux?\nAutre chose pour le comité?"),
 ('en','midsession'): ('Halfway there: a quick survey',
   "Hi there,\n\nWe're halfway through the session. How often have you been meeting,\nand how is it going? Reply with a rating from 1 to 5.\n\nRating:\nHow often do you meet?"),
 ('fr','midsession'): ('Mi-session : un court sondage',
   "Bonjour,\n\nNous voici à mi-session. À quelle fréquence vous rencontrez-vous?\nRépondez avec une note de 1 à 5.\n\nNote :\nÀ quelle fréquence vous rencontrez-vous?"),
 ('en','nudge'): ('Checking in: catching up with Marc?',
   "Hi there,\n\nWe haven't heard about a meeting with Marc in a while. A short\ncall counts! Reply to this email if you've met, or if something is in the way."),
 ('fr','nudge'): ('Des nouvelles de vos échanges avec Marc?',
   "Bonjour,\n\nNous n'avons pas eu de nouvelles d'une rencontre avec Marc depuis\nun moment. Un court appel compte! Répondez à ce courriel."),
 ('en','introduction'): ('Meet your mentorship partner',
   "Hi there,\n\nWe're happy to introduce you to your partner for this session.\nReply-all to say hello and set up a first conversation."),
 ('fr','introduction'): ('Voici votre partenaire de mentorat',
   "Bonjour,\n\nNous avons le plaisir de vous présenter votre partenaire pour cette\nsession. Répondez à tous pour dire bonjour."),
 ('en','digest'): ('Your mentorship digest',
   "Hi there,\n\nHere is your fortnightly digest: 2 meetings logged, 1 goal in progress.\nReply \"digest off\" to stop these summaries."),
 ('fr','digest'): ('Votre résumé de mentorat',
   "Bonjour,\n\nVoici votre résumé de la quinzaine : 2 rencontres consignées, 1 objectif en cours.\nRépondez « résumé non » pour ne plus recevoir ces résumés."),
 ('en','confidentiality'): ('A reminder about confidentiality',
   "Hi there,\n\nA reminder that what you share with your partner stays between the two of\nyou. Questions for the committee can go in a reply to this email."),
 ('fr','confidentiality'): ('Rappel : confidentialité',
   "Bonjour,\n\nRappel : ce que vous partagez avec votre partenaire reste entre vous deux.\nVous pouvez écrire au comité en répondant à ce courriel."),
}
QPHRASE = {'checkin':('Reply to this email and tell us','Répondez à ce courriel pour nous le'),
 'goals_prompt':('one long-term goal','un objectif à long terme'),
 'wrapup':('skip any you like','chaque question'),
 'midsession':("We're halfway through",'Nous voici à mi-session'),
 'nudge':("Reply to this email if you've met",'Un court appel compte'),
 'introduction':('happy to introduce you','Nous avons le plaisir'),
 'digest':('fortnightly digest','résumé de la quinzaine'),
 'confidentiality':('stays between the two of','reste entre vous deux')}

def dt(tz, s):
    d = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=zoneinfo.ZoneInfo(tz))
    return d

def quote_block(style, lang, prompt, sent, body_q, subj):
    d = sent - datetime.timedelta(days=3)
    ds_en = email.utils.format_datetime(d)
    if style == 'gmail':
        if lang == 'fr':
            head = 'Le %s, Mentorat <mentorat@mentormail.ca> a écrit :' % d.strftime('%d/%m/%Y %H:%M')
        else:
            head = 'On %s, Mentorship <mentorat@mentormail.ca> wrote:' % d.strftime('%a, %b %d, %Y at %I:%M %p')
        return head + '\n\n' + '\n'.join('> ' + l if l else '>' for l in body_q.split('\n'))
    if style == 'apple':
        head = ('Le %s à %s, Mentorat <mentorat@mentormail.ca> a écrit :' if lang=='fr' else 'On %s, at %s, Mentorship <mentorat@mentormail.ca> wrote:') % (d.strftime('%b %d, %Y'), d.strftime('%H:%M'))
        return head + '\n\n' + '\n'.join('> ' + l if l else '>' for l in body_q.split('\n'))
    if style == 'outlook':
        if lang == 'fr':
            h = 'De : Mentorat <mentorat@mentormail.ca>\nEnvoyé : %s\nÀ : moi\nObjet : %s' % (d.strftime('%d %B %Y %H:%M'), subj)
        else:
            h = 'From: Mentorship <mentorat@mentormail.ca>\nSent: %s\nTo: me\nSubject: %s' % (d.strftime('%A, %B %d, %Y %I:%M %p'), subj)
        return '________________________________\n' + h + '\n\n' + body_q
    if style == 'orig':
        return '-----Original Message-----\nFrom: Mentorship <mentorat@mentormail.ca>\nSent: %s\nSubject: %s\n\n%s' % (ds_en, subj, body_q)
    return ''

def html_escape(s):
    return s.replace('&','&amp;').replace('<','&lt;').replace('>','&gt;')

def to_html(own, quote, style):
    p = ''.join('<div>%s</div>' % (html_escape(l) or '<br>') for l in own.split('\n'))
    if not quote:
        return '<html><body>%s</body></html>' % p
    q = '<br>'.join(html_escape(l) for l in quote.split('\n'))
    if style == 'html_outlook':
        return ('<html><body><div dir="ltr">%s</div><hr style="display:inline-block;width:98%%">'
                '<div id="divRplyFwdMsg" dir="ltr">%s</div></body></html>') % (p, q)
    return ('<html><body><div dir="ltr">%s</div><br><div class="gmail_quote">'
            '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote></div></body></html>') % (p, q)

def build_eml(c):
    lang, prompt = c['lang'], c.get('prompt','')
    sent = dt(c['tz'], c['sent'])
    subj_q, body_q = QUOTES.get((lang, prompt), ('Mentorship', 'Hello.'))
    subj = c.get('subject') or (('RE: ' if lang=='fr' else 'Re: ') + subj_q)
    own = c['body'].strip('\n')
    if c.get('sig'):
        own += '\n\n' + c['sig'].strip('\n')
    qstyle = c.get('quote', 'gmail')
    enc = c.get('enc', 'plain')
    qtxt = quote_block('gmail' if enc in ('html',) else ('outlook' if enc=='html_outlook' else qstyle), lang, prompt, sent, body_q, subj_q) if prompt and qstyle != 'none' else ''
    names = NAMES_FR if lang == 'fr' else NAMES_EN
    nm = names[int(hashlib.sha1(c['id'].encode()).hexdigest(), 16) % len(names)]
    frm = c.get('from', '%s <%s@%s>' % (nm, nm.lower().replace(' ', '.').encode('ascii', 'ignore').decode().replace("'", ''), DOMAINS[len(c['id']) % len(DOMAINS)]))
    mid = hashlib.sha1(c['id'].encode()).hexdigest()[:16]
    hdr = ['From: ' + frm, 'To: ' + PROG, 'Subject: ' + encode_subj(subj),
           'Date: ' + email.utils.format_datetime(sent),
           'Message-ID: <%s@mail.example.ca>' % mid, 'In-Reply-To: <prog-%s@mentormail.ca>' % mid,
           'MIME-Version: 1.0']
    hdr += c.get('extra_headers', [])
    if enc in ('html', 'html_outlook'):
        text = to_html(own, qtxt, enc)
        hdr += ['Content-Type: text/html; charset="UTF-8"', 'Content-Transfer-Encoding: quoted-printable']
        payload = quopri.encodestring(text.encode('utf-8')).decode('ascii')
    else:
        text = own + ('\n\n' + qtxt if qtxt else '')
        if enc == 'qp':
            hdr += ['Content-Type: text/plain; charset="UTF-8"', 'Content-Transfer-Encoding: quoted-printable']
            payload = quopri.encodestring(text.encode('utf-8')).decode('ascii')
        elif enc == 'b64':
            hdr += ['Content-Type: text/plain; charset="UTF-8"', 'Content-Transfer-Encoding: base64']
            b = base64.b64encode(text.encode('utf-8')).decode('ascii')
            payload = '\n'.join(b[i:i+76] for i in range(0, len(b), 76))
        elif enc == 'latin1':
            hdr += ['Content-Type: text/plain; charset="ISO-8859-1"', 'Content-Transfer-Encoding: quoted-printable']
            payload = quopri.encodestring(text.encode('iso-8859-1')).decode('ascii')
        elif enc == 'flowed':
            lines = []
            for l in text.split('\n'):
                while len(l) > 66 and ' ' in l[:66]:
                    k = l[:66].rfind(' ')
                    lines.append(l[:k+1]); l = l[k+1:]
                lines.append(l)
            hdr += ['Content-Type: text/plain; charset="UTF-8"; format=flowed', 'Content-Transfer-Encoding: 8bit']
            payload = '\n'.join(lines)
        else:
            hdr += ['Content-Type: text/plain; charset="UTF-8"', 'Content-Transfer-Encoding: 8bit']
            payload = text
    raw = '\r\n'.join(hdr) + '\r\n\r\n' + payload.replace('\r\n','\n').replace('\n', '\r\n') + '\r\n'
    return raw

def encode_subj(s):
    try:
        s.encode('ascii'); return s
    except UnicodeEncodeError:
        return '=?UTF-8?B?%s?=' % base64.b64encode(s.encode()).decode()

def M(date, minutes=None, mode=None, topics=(), nxt=None):
    return {'date': date, 'minutes': minutes, 'mode': mode, 'next_meeting': nxt, 'topics_include': list(topics)}
def G(status, title=None, ref='', horizon=''):
    g = {'ref': ref, 'status': status, 'horizon': horizon}
    if title: g['title_has'] = title
    return g
def C(name, until=None, value=None):
    return {'name': name, 'until': until, 'value': value}

def write_case(c):
    raw = c.get('raw') or build_eml(c)
    exp = {'class': c.get('cls', 'reply')}
    if exp['class'] == 'reply':
        exp['meeting'] = c.get('meeting')
        if c.get('meetings_count'): exp['meetings_count'] = c['meetings_count']
        exp['goals'] = c.get('goals', [])
        exp['commands'] = c.get('commands', [])
        exp['question'] = c.get('question', False)
        exp['warn'] = c.get('warn', False)
        exp['reply_text_has'] = c.get('has', [])
        nots = list(c.get('not', []))
        p = c.get('prompt','')
        if p and c.get('quote','gmail') != 'none' and c.get('quote_not', True):
            nots.append(QPHRASE[p][0 if c['lang']=='en' else 1])
        exp['reply_text_not'] = nots
    j = {'id': c['id'], 'lang': c['lang'], 'category': c['cat'], 'prompt': c.get('prompt',''),
         'tz': c['tz'], 'note': c['note'], 'expect': exp}
    with open(os.path.join(OUT, c['id'] + '.eml'), 'w', newline='') as f:
        f.write(raw)
    with open(os.path.join(OUT, c['id'] + '.json'), 'w') as f:
        json.dump(j, f, ensure_ascii=False, indent=1)
