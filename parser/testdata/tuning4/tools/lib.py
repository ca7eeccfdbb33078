# Shared helpers for the tuning4 generator (stdlib only, deterministic).
import datetime as dt, json, os, base64, quopri
from zoneinfo import ZoneInfo
from email.utils import format_datetime

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cases')
WD = ['mon','tue','wed','thu','fri','sat','sun']

def local(ts, tz):
    return dt.datetime.strptime(ts, '%Y-%m-%d %H:%M').replace(tzinfo=ZoneInfo(tz))

def resolve(spec, ldate):
    """spec: 'YYYY-MM-DD', 'rel:-1', 'wd:tue' (most recent past, never today), 'nwd:tue' (next, never today)"""
    if spec is None: return None
    if spec.startswith('rel:'):
        return (ldate + dt.timedelta(days=int(spec[4:]))).isoformat()
    if spec.startswith('wd:'):
        t = WD.index(spec[3:]); d = ldate - dt.timedelta(days=1)
        while d.weekday() != t: d -= dt.timedelta(days=1)
        return d.isoformat()
    if spec.startswith('nwd:'):
        t = WD.index(spec[4:]); d = ldate + dt.timedelta(days=1)
        while d.weekday() != t: d += dt.timedelta(days=1)
        return d.isoformat()
    return spec

PROMPTS = {
 'en': {
  'checkin': ("Check-in 3: have you met {p} again?", "Hi {n},\n\nTime for check-in 3! You and {p} have logged 2 meetings so far, the last on\nOctober 14.\n\nHave you met again since? Reply to this email and tell us, for\nexample:\n\nDate: November 4\nLength: 45 minutes\nHow: video call\nTopics: interviews, professional development\n\nPlain sentences work too (\"We had a 45-minute video call yesterday\nabout interviews\"). Either of you can log it. Notes are optional and\nstay between the two of you.\n\nLooking for something to talk about next? A few topics you haven't\ncovered yet:\n- Time management\n- Networking\n\nThank you!\nThe mentormail team"),
  'goals_prompt': ("What would you like to get out of this session?", "Hi {n},\n\nKnowing what you hope to get from this session will help {p} support\nyou well. What would you like to achieve soon, and where would you\nlike to be in the next few years?\n\nJust reply with a short-term and a long-term goal, one per line,\nlike this:\n\nShort term: update my CV and send two applications\nLong term: lead a public services team within five years\n\nAdd as many lines as you like.\n\nThank you!\nThe mentormail team"),
  'nudge': ("A quick word about you and {p}", "Hi {n},\n\nWe haven't heard about a meeting with {p} in a while. Even a short\ncall counts! Reply and tell us when you last talked, or reply\n\"pause until <date>\" if you need a break.\n\nThe mentormail team"),
  'midsession': ("Halfway through: how is it going?", "Hi {n},\n\nYou're halfway through the session with {p}. Thank you\nfor the time you're putting in!\n\nSo far: 2 meetings logged, 2 goals set, 0 done.\n\nOn a scale of 1 to 5, how useful has the program been so far?\n\nThe mentormail team"),
  'wrapup': ("Thank you, and a short survey", "Hi {n},\n\nThe session is over. Thank you for the time you gave it with {p}.\n\n1. On a scale of 1 to 5, how would you rate the program?\n2. How often did you meet?\n3. Would you take part again?\n\nThe mentormail team"),
  'digest': ("Your mentormail digest", "Hi {n},\n\nHere is your weekly digest: 1 meeting logged, 1 goal updated.\nReply \"digest off\" to stop these.\n\nThe mentormail team"),
  'introduction': ("Meet your mentoring partner, {p}", "Hi {n},\n\nWelcome to the fall session! Your partner is {p}. Write to each\nother this week and plan a first conversation.\n\nThe mentormail team"),
  'confidentiality': ("A reminder about confidentiality", "Hi {n},\n\nWhat you share with your partner stays between the two of you.\nThe committee only sees dates, lengths and topics.\n\nThe mentormail team"),
 },
 'fr': {
  'checkin': ("Suivi 3 : une autre rencontre avec {p}?", "Bonjour {n},\n\nVoici le suivi 3 de la session. {p} et vous avez consigné\n2 rencontres jusqu'ici, la dernière le 14 octobre.\n\nVous êtes-vous parlé depuis? Répondez à ce courriel pour nous le\ndire, par exemple :\n\nDate : 4 novembre\nDurée : 45 minutes\nMode : appel vidéo\nSujets : entrevues, perfectionnement professionnel\n\nUne simple phrase fonctionne aussi (« Appel vidéo de 45 minutes\nhier sur les entrevues »). L'un ou l'autre de vous peut s'en charger.\n\nBesoin d'idées pour la prochaine fois?\n- Gestion du temps\n- Réseautage\n\nMerci!\nL'équipe mentormail"),
  'goals_prompt': ("Qu'aimeriez-vous retirer de cette session?", "Bonjour {n},\n\nSavoir ce que vous attendez de cette session aidera {p}\nà bien vous accompagner. Qu'aimeriez-vous accomplir bientôt, et vers\nquoi souhaitez-vous aller dans les prochaines années?\n\nRépondez simplement avec un objectif à court terme et un autre à long\nterme, un par ligne, comme ceci :\n\nCourt terme : mettre mon CV à jour et envoyer deux candidatures\nLong terme : diriger une équipe des services au public d'ici cinq ans\n\nAjoutez autant de lignes que vous le voulez.\n\nMerci!\nL'équipe mentormail"),
  'nudge': ("Des nouvelles de vous et {p}?", "Bonjour {n},\n\nNous n'avons pas eu de nouvelles d'une rencontre avec {p} depuis\nun moment. Même un court appel compte! Répondez pour nous dire quand\nvous vous êtes parlé, ou « pause jusqu'au <date> » si vous avez\nbesoin d'une pause.\n\nL'équipe mentormail"),
  'midsession': ("À mi-parcours : comment ça va?", "Bonjour {n},\n\nVous êtes à mi-parcours de la session avec {p}. Merci\npour le temps que vous y consacrez!\n\nJusqu'ici : 2 rencontres consignées, 2 objectifs fixés, 0 atteint.\n\nSur une échelle de 1 à 5, le programme vous est-il utile jusqu'ici?\n\nL'équipe mentormail"),
  'wrapup': ("Merci, et un court sondage", "Bonjour {n},\n\nLa session est terminée. Merci pour le temps et l'attention que vous\ny avez consacrés avec {p}.\n\n1. Sur une échelle de 1 à 5, quelle note donnez-vous au programme?\n2. À quelle fréquence vous êtes-vous rencontrés?\n3. Participeriez-vous de nouveau?\n\nL'équipe mentormail"),
  'digest': ("Votre résumé mentormail", "Bonjour {n},\n\nVoici votre résumé de la semaine : 1 rencontre consignée, 1 objectif\nmis à jour. Répondez « résumé non » pour ne plus le recevoir.\n\nL'équipe mentormail"),
  'introduction': ("Voici votre partenaire de mentorat, {p}", "Bonjour {n},\n\nBienvenue à la session d'automne! Votre partenaire est {p}.\nÉcrivez-vous cette semaine et prévoyez une première conversation.\n\nL'équipe mentormail"),
  'confidentiality': ("Un rappel sur la confidentialité", "Bonjour {n},\n\nCe que vous partagez avec votre partenaire reste entre vous deux.\nLe comité ne voit que les dates, les durées et les sujets.\n\nL'équipe mentormail"),
 }}

PROG = 'mentormail <session@mentormail.ca>'

FR_MONTHS = ['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre']
FR_ABBR = ['janv.','févr.','mars','avr.','mai','juin','juil.','août','sept.','oct.','nov.','déc.']
FR_DAYS = ['lundi','mardi','mercredi','jeudi','vendredi','samedi','dimanche']

def attribution(style, lang, when):
    pd = when - dt.timedelta(days=3, hours=2)
    if style == 'gmail':
        if lang == 'fr':
            return "Le %s %d %s %d à %02d h %02d, mentormail <session@mentormail.ca> a écrit :" % (FR_DAYS[pd.weekday()][:3]+'.', pd.day, FR_ABBR[pd.month-1], pd.year, pd.hour, pd.minute)
        return "On %s, %s at %s mentormail <session@mentormail.ca> wrote:" % (pd.strftime('%a'), pd.strftime('%b %-d, %Y'), pd.strftime('%-I:%M %p'))
    if style == 'apple':
        if lang == 'fr':
            return "> Le %d %s %d à %02d:%02d, mentormail <session@mentormail.ca> a écrit :" % (pd.day, FR_MONTHS[pd.month-1], pd.year, pd.hour, pd.minute)
        return "> On %s, at %s, mentormail <session@mentormail.ca> wrote:" % (pd.strftime('%b %-d, %Y'), pd.strftime('%-I:%M %p'))
    return ''

def build_quote(style, lang, when, subj, body, to_addr):
    pd = when - dt.timedelta(days=3, hours=2)
    ql = '\n'.join(('> '+l if l else '>') for l in body.split('\n'))
    if style in ('gmail',):
        return '\n\n' + attribution(style, lang, when) + '\n\n' + ql + '\n'
    if style == 'apple':
        return '\n\n' + attribution(style, lang, when) + '\n>\n' + ql + '\n'
    if style == 'outlook':
        if lang == 'fr':
            h = "De : mentormail <session@mentormail.ca>\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s" % (FR_DAYS[pd.weekday()], pd.day, FR_MONTHS[pd.month-1], pd.year, pd.hour, pd.minute, to_addr, subj)
        else:
            h = "From: mentormail <session@mentormail.ca>\nSent: %s\nTo: %s\nSubject: %s" % (pd.strftime('%A, %B %-d, %Y %-I:%M %p'), to_addr, subj)
        return '\n\n________________________________\n' + h + '\n\n' + body + '\n'
    if style == 'original':
        return '\n\n-----Original Message-----\nFrom: mentormail [mailto:session@mentormail.ca]\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n' % (pd.strftime('%B %-d, %Y %-I:%M %p'), to_addr, subj, body)
    if style == 'none':
        return ''
    raise ValueError(style)

def esc(s):
    return s.replace('&','&amp;').replace('<','&lt;').replace('>','&gt;')

def html_of(own, sig, style, lang, when, subj, pbody, to_addr):
    own_h = ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in own.split('\n'))
    sig_h = ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in sig.split('\n')) if sig else ''
    pb = '<br>\n'.join(esc(l) for l in pbody.split('\n'))
    if style == 'html_gmail':
        q = '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote></div>' % (esc(attribution('gmail', lang, when)), pb)
        return '<div dir="ltr">%s<br><div class="gmail_signature">%s</div></div><br>%s' % (own_h, sig_h, q)
    pd = when - dt.timedelta(days=3, hours=2)
    if lang == 'fr':
        hdr = '<b>De :</b> mentormail &lt;session@mentormail.ca&gt;<br><b>Envoyé :</b> %s %d %s %d %02d:%02d<br><b>À :</b> %s<br><b>Objet :</b> %s' % (FR_DAYS[pd.weekday()], pd.day, FR_MONTHS[pd.month-1], pd.year, pd.hour, pd.minute, esc(to_addr), esc(subj))
    else:
        hdr = '<b>From:</b> mentormail &lt;session@mentormail.ca&gt;<br><b>Sent:</b> %s<br><b>To:</b> %s<br><b>Subject:</b> %s' % (pd.strftime('%A, %B %-d, %Y %-I:%M %p'), esc(to_addr), esc(subj))
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Calibri,Arial;font-size:11pt">%s</div><div>%s</div><hr style="display:inline-block;width:98%%"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri" style="font-size:11pt">%s</font><div>&nbsp;</div></div><div>%s</div></body></html>' % (own_h, sig_h, hdr, pb)

counter = {}
def msgid(cid):
    return '<%s.%s@mail.example>' % (cid.replace('-', ''), abs(hash(cid)) % 99991 if False else sum(map(ord, cid)) * 7919)

def write(cid, eml_text, meta):
    with open(os.path.join(OUT, cid + '.eml'), 'wb') as f:
        f.write(eml_text)
    with open(os.path.join(OUT, cid + '.json'), 'w', encoding='utf-8') as f:
        json.dump(meta, f, ensure_ascii=False, indent=2); f.write('\n')

def H(h):
    k, v = h.split(': ', 1)
    try:
        v.encode('ascii'); return h
    except UnicodeEncodeError:
        from email.header import Header
        if '<' in v and k in ('From','To'):
            nm, ad = v.rsplit('<', 1)
            return k + ': ' + Header(nm.strip(), 'utf-8').encode() + ' <' + ad
        return k + ': ' + Header(v, 'utf-8').encode()

def crlf(s):
    return s.replace('\r\n', '\n').replace('\n', '\r\n')

def reply(cid, lang, cat, prompt, tz, ts, frm, own, sig='', quote='gmail', enc='8bit', expect=None, note='', partner='Partner', subj=None, extra_headers=()):
    """Build a person's reply. own = the person's own text; sig = signature block (removed)."""
    when = local(ts, tz)
    ldate = when.date()
    name = frm.split('<')[0].strip().split()[0]
    to_addr = frm.split('<')[1].rstrip('>')
    ps, pb = PROMPTS[lang][prompt] if prompt else (('Re: mentorat' if lang=='fr' else 'mentoring'), '')
    ps = ps.format(p=partner); pb = pb.format(n=name, p=partner)
    if subj is None:
        subj = ('RE: ' if quote in ('outlook','original','html_outlook') else 'Re: ') + ps
    e = dict(expect)
    e.setdefault('meeting', None); e.setdefault('goals', []); e.setdefault('commands', [])
    e.setdefault('question', False); e.setdefault('warn', False)
    e.setdefault('reply_text_has', []); e.setdefault('reply_text_not', [])
    e['class'] = 'reply'
    m = e['meeting']
    if m is not None:
        m = dict(m)
        m['date'] = resolve(m.get('date'), ldate)
        m['next_meeting'] = resolve(m.get('next_meeting'), ldate)
        m.setdefault('minutes', None); m.setdefault('mode', None); m.setdefault('topics_include', [])
        e['meeting'] = {k: m[k] for k in ('date','minutes','mode','next_meeting','topics_include')}
    for c in e['commands']:
        c.setdefault('until', None); c.setdefault('value', None)
        c['until'] = resolve(c['until'], ldate)
    order = ['class','meeting','meetings_count','goals','commands','question','warn','reply_text_has','reply_text_not']
    e = {k: e[k] for k in order if k in e}
    hdrs = ['From: ' + frm, 'To: mentormail <session@mentormail.ca>', 'Subject: ' + subj,
            'Date: ' + format_datetime(when), 'Message-ID: ' + msgid(cid),
            'In-Reply-To: <prog.%s@mentormail.ca>' % cid, 'MIME-Version: 1.0'] + list(extra_headers)
    hdrs = [H(h) for h in hdrs]
    if quote.startswith('html_'):
        html = html_of(own, sig, quote, lang, when, ps, pb, to_addr)
        if enc == 'base64':
            body = base64.encodebytes(html.encode('utf-8')).decode('ascii')
            hdrs += ['Content-Type: text/html; charset="utf-8"', 'Content-Transfer-Encoding: base64']
        else:
            body = quopri.encodestring(html.encode('utf-8')).decode('ascii')
            hdrs += ['Content-Type: text/html; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable']
        raw = crlf('\n'.join(hdrs) + '\n\n' + body)
        data = raw.encode('ascii')
    else:
        text = own + ('\n\n' + sig if sig else '') + build_quote(quote, lang, when, ps, pb, to_addr) if quote != 'none' else own + ('\n\n' + sig if sig else '')
        if enc == 'qp':
            body = quopri.encodestring(text.encode('utf-8')).decode('ascii')
            hdrs += ['Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable']
            data = crlf('\n'.join(hdrs) + '\n\n' + body).encode('ascii')
        elif enc == 'base64':
            body = base64.encodebytes(crlf(text).encode('utf-8')).decode('ascii')
            hdrs += ['Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: base64']
            data = crlf('\n'.join(hdrs) + '\n\n' + body).encode('ascii')
        elif enc == 'latin1':
            hdrs += ['Content-Type: text/plain; charset="iso-8859-1"', 'Content-Transfer-Encoding: quoted-printable']
            body = quopri.encodestring(text.encode('iso-8859-1')).decode('ascii')
            data = crlf('\n'.join(hdrs) + '\n\n' + body).encode('ascii')
        elif enc == 'flowed':
            out = []
            for line in text.split('\n'):
                if len(line) > 60 and not line.startswith('>'):
                    words = line.split(' '); cur = ''
                    for w in words:
                        if cur and len(cur) + len(w) + 1 > 60:
                            out.append(cur + ' '); cur = w
                        else:
                            cur = (cur + ' ' + w) if cur else w
                    out.append(cur)
                else:
                    out.append(line)
            hdrs += ['Content-Type: text/plain; charset="utf-8"; format=flowed', 'Content-Transfer-Encoding: 8bit']
            data = crlf('\n'.join(hdrs) + '\n\n' + '\n'.join(out)).encode('utf-8')
        else:
            hdrs += ['Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: 8bit']
            data = crlf('\n'.join(hdrs) + '\n\n' + text).encode('utf-8')
    from email.header import Header
    meta = {'id': cid, 'lang': lang, 'category': cat, 'prompt': prompt, 'tz': tz, 'note': note, 'expect': e}
    write(cid, data, meta)
    return meta

def raw(cid, lang, tz, ts, headers, body, cls, note, prompt='', charset='utf-8'):
    when = local(ts, tz)
    hdrs = list(headers) + ['Date: ' + format_datetime(when), 'Message-ID: ' + msgid(cid), 'MIME-Version: 1.0',
                            'Content-Type: text/plain; charset="%s"' % charset, 'Content-Transfer-Encoding: quoted-printable']
    hdrs = [H(h) for h in hdrs]
    body = quopri.encodestring(body.encode(charset)).decode('ascii')
    data = crlf('\n'.join(hdrs) + '\n\n' + body).encode('ascii')
    meta = {'id': cid, 'lang': lang, 'category': 'classification', 'prompt': prompt, 'tz': tz, 'note': note, 'expect': {'class': cls}}
    if cls == 'reply':
        pass
    write(cid, data, meta)
    return meta
