#!/usr/bin/env python3
"""Checks every case in cases/: .eml parses cleanly, .json follows FORMAT.md,
reply_text_has phrases occur in the person's own (unquoted) text and
reply_text_not phrases occur somewhere in the message."""
import os, sys, json, re, glob, html, email, email.policy, datetime, zoneinfo, email.utils
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
CATS = {'meeting','topics','goals','commands','question','not_meeting','classification','reply_text'}
PROMPTS = {'checkin','goals_prompt','wrapup','midsession','nudge','introduction','digest','confidentiality',''}
MODES = {'video','phone','in_person','email','chat',None}
CMDS = {'help','pause','resume','undo','stop','rating','fewer_reminders','digest_off'}
KEYS = json.load(open('/work/main/topics/catalogue.json')) if os.path.exists('/work/main/topics/catalogue.json') else None
TOPICS = {k['key'] for k in KEYS} if KEYS else None
DATE = re.compile(r'^\d{4}-\d{2}-\d{2}$')
QHEAD = re.compile(r'^(On .* wrote:|Le .* a écrit :|_{10,}|-----Original Message-----|From: |De : )')
errs = []
def err(cid, m): errs.append('%s: %s' % (cid, m))
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
def html_text(h):
    h = re.sub(r'(?i)<br\s*/?>|</div>|</p>', '\n', h)
    return html.unescape(re.sub(r'<[^>]+>', '', h))
def texts(msg):
    part = msg.get_body(preferencelist=('plain', 'html'))
    body = part.get_content()
    if part.get_content_type() == 'text/html':
        own = body
        for mark in ('<div class="gmail_quote"', '<hr', '<div id="divRplyFwdMsg"'):
            i = own.find(mark)
            if i >= 0: own = own[:i]
        return html_text(own), html_text(body)
    own = []
    for l in body.split('\n'):
        if QHEAD.match(l): break
        if l.startswith('>'): continue
        own.append(l)
    return '\n'.join(own), body
def check_date(d, cid):
    if d is not None and not (isinstance(d, str) and DATE.match(d)): err(cid, 'bad date %r' % d)
n = 0
for jf in sorted(glob.glob(os.path.join(CASES, '*.json'))):
    n += 1
    j = json.load(open(jf, encoding='utf-8'))
    cid = j.get('id')
    if os.path.basename(jf) != '%s.json' % cid: err(cid, 'file name/id mismatch')
    if not cid.startswith('i5-'): err(cid, 'id prefix')
    if j.get('lang') not in ('en', 'fr'): err(cid, 'lang')
    if j.get('category') not in CATS: err(cid, 'category')
    if j.get('prompt') not in PROMPTS: err(cid, 'prompt')
    try: zoneinfo.ZoneInfo(j.get('tz'))
    except Exception: err(cid, 'tz')
    if not j.get('note'): err(cid, 'note')
    e = j['expect']
    emlp = jf[:-5] + '.eml'
    raw = open(emlp, 'rb').read()
    if b'\n' in raw.replace(b'\r\n', b''): err(cid, 'bare LF in eml')
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg.defects: err(cid, 'defects %r' % msg.defects)
    for p in msg.walk():
        if p.defects: err(cid, 'part defects %r' % p.defects)
    d = email.utils.parsedate_to_datetime(msg['Date'])
    if not (datetime.datetime(2026,10,1,tzinfo=datetime.timezone.utc) <= d <= datetime.datetime(2026,12,3,tzinfo=datetime.timezone.utc)):
        err(cid, 'Date out of range')
    if d.utcoffset() != d.astimezone(zoneinfo.ZoneInfo(j['tz'])).utcoffset(): err(cid, 'Date offset does not match tz')
    try: own, full = texts(msg)
    except Exception as x: err(cid, 'body: %r' % x); continue
    if e.get('class') not in ('reply', 'auto_reply', 'bulk', 'bounce'): err(cid, 'class')
    if e['class'] != 'reply':
        if set(e) != {'class'}: err(cid, 'non-reply gives only class')
        continue
    need = {'meeting','goals','commands','question','warn','reply_text_has','reply_text_not'}
    if not need <= set(e): err(cid, 'missing keys %s' % (need - set(e)))
    if set(e) - need - {'class','meetings_count'}: err(cid, 'extra keys')
    m = e['meeting']
    if m is not None:
        if set(m) != {'date','minutes','mode','next_meeting','topics_include'}: err(cid, 'meeting keys')
        check_date(m['date'], cid); check_date(m['next_meeting'], cid)
        if m['minutes'] is not None and not isinstance(m['minutes'], int): err(cid, 'minutes')
        if m['mode'] not in MODES: err(cid, 'mode')
        if TOPICS and not set(m['topics_include']) <= TOPICS: err(cid, 'topic key')
        if m['date'] and m['date'] > d.astimezone(zoneinfo.ZoneInfo(j['tz'])).strftime('%Y-%m-%d'): err(cid, 'meeting after send date')
    if 'meetings_count' in e and (m is None or e['meetings_count'] < 2): err(cid, 'meetings_count')
    for g in e['goals']:
        if g.get('status') not in ('new','in_progress','done','dropped') or g.get('horizon') not in ('short','long',''): err(cid, 'goal %r' % g)
        if g.get('ref') and 'title_has' in g: err(cid, 'numbered update has title_has')
        if 'title_has' in g and g['title_has'] != g['title_has'].lower(): err(cid, 'title_has not lower case')
        if 'title_has' in g and norm(g['title_has']) not in norm(own): err(cid, 'title_has not in text')
    for c in e['commands']:
        if c.get('name') not in CMDS or set(c) != {'name','until','value'}: err(cid, 'command %r' % c)
        check_date(c['until'], cid)
    if not isinstance(e['question'], bool) or not isinstance(e['warn'], bool): err(cid, 'bool')
    for p in e['reply_text_has']:
        if '\u2019' in p or norm(p) not in norm(own): err(cid, 'has phrase not in own text: %r' % p)
        if j['category'] == 'reply_text' and norm(p) not in norm(full): err(cid, 'has not in message')
    for p in e['reply_text_not']:
        if norm(p) not in norm(full): err(cid, 'not phrase not in message: %r' % p)
        if norm(p) in norm(own) and not j['category'] in ('reply_text',) and False: pass
print('%d cases checked' % n)
if errs:
    print('\n'.join(errs)); sys.exit(1)
print('OK')
