#!/usr/bin/env python3
"""Validate set tuning12: .eml parse cleanly, .json follow FORMAT.md, phrase checks."""
import sys, os, json, re, email
from email import policy
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases')
CATS = {"meeting","topics","goals","commands","question","not_meeting","classification","reply_text"}
PROMPTS = {"checkin","goals_prompt","wrapup","midsession","nudge","introduction","digest","confidentiality",""}
CMDS = {"help","pause","resume","undo","stop","rating","fewer_reminders","digest_off"}
QUOTE = re.compile(r'^(>|On .* wrote:|Le .* a écrit|-----Original Message-----|_{10,}|From: |De : )', re.M)
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
def text_of(msg):
    part = msg.get_body(preferencelist=('plain', 'html'))
    t = part.get_content()
    if part.get_content_type() == 'text/html':
        t = re.sub(r'<[^>]+>', ' ', t)
    return t
errs = []; n = 0
ids = sorted(f[:-5] for f in os.listdir(D) if f.endswith('.json'))
for cid in ids:
    n += 1
    def bad(m): errs.append('%s: %s' % (cid, m))
    raw = open(os.path.join(D, cid + '.eml'), 'rb').read()
    if b'\n' in raw.replace(b'\r\n', b''): bad('bare LF')
    msg = email.message_from_bytes(raw, policy=policy.default)
    if msg.defects: bad('defects %r' % msg.defects)
    for h in ('From', 'Date', 'Subject', 'Message-ID'):
        if msg[h] is None: bad('missing ' + h)
    d = msg['Date'].datetime
    if not ('2026-10-01' <= d.date().isoformat() <= '2026-12-02'): bad('date out of range')
    j = json.load(open(os.path.join(D, cid + '.json'), encoding='utf-8'))
    if j.get('id') != cid or not cid.startswith('t12-'): bad('id')
    if j.get('lang') not in ('en', 'fr'): bad('lang')
    if j.get('category') not in CATS: bad('category')
    if j.get('prompt') not in PROMPTS: bad('prompt')
    if not j.get('note') or not j.get('tz'): bad('note/tz')
    e = j['expect']
    if e.get('class') not in ('reply', 'auto_reply', 'bulk', 'bounce'): bad('class')
    if e['class'] != 'reply':
        if set(e) != {'class'}: bad('non-reply must give only class')
        continue
    need = {'class','meeting','goals','commands','question','warn','reply_text_has','reply_text_not'}
    if not need <= set(e): bad('missing keys %s' % (need - set(e)))
    m = e['meeting']
    if m is not None and set(m) != {'date','minutes','mode','next_meeting','topics_include'}: bad('meeting keys')
    for g in e['goals']:
        if g['status'] not in ('new','in_progress','done','dropped'): bad('goal status')
        if g['horizon'] not in ('short','long',''): bad('horizon')
        if g['ref'] and g['status'] != 'new' and 'title_has' in g: bad('title_has on numbered update')
        if 'title_has' in g and g['title_has'] != g['title_has'].lower(): bad('title_has case')
    for c in e['commands']:
        if c['name'] not in CMDS: bad('command name')
    full = text_of(msg)
    mm = QUOTE.search(full)
    own = full[:mm.start()] if mm else full
    for p in e['reply_text_has']:
        if '\u2019' in p or norm(p) not in norm(own): bad('has phrase not in own text: %r' % p)
    for p in e['reply_text_not']:
        if norm(p) not in norm(full): bad('not phrase absent from message: %r' % p)
if errs:
    print('\n'.join(errs)); print('FAIL: %d errors in %d cases' % (len(errs), n)); sys.exit(1)
print('OK: %d cases' % n)
