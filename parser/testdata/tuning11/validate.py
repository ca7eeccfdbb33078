#!/usr/bin/env python3
"""Validate set tuning11: every .eml parses cleanly, every .json follows FORMAT.md,
reply_text_has phrases occur in the person's own (unquoted) text and reply_text_not
phrases occur somewhere in the decoded message. Standard library only."""
import json, os, re, sys, html, datetime as dt
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
CATS = {"meeting","topics","goals","commands","question","not_meeting","classification","reply_text"}
PROMPTS = {"checkin","goals_prompt","wrapup","midsession","nudge","introduction","digest","confidentiality",""}
MODES = {"video","phone","in_person","email","chat",None}
CMDS = {"help","pause","resume","undo","stop","rating","fewer_reminders","digest_off"}
KEYS = {t['key'] for t in json.load(open('/work/main/topics/catalogue.json', encoding='utf-8'))}
QUOTE_MARKERS = [r'^Le .* a écrit :', r'^On .* wrote:$', r'^Le .* a écrit\s?:$', r'^> ', r'^-----Original Message-----',
                 r'^_{10,}$', r'^From: ', r'^De : ', r'^Sent from my iPhone', r'^Envoyé de mon iPhone']

def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
def isdate(x):
    if x is None: return True
    try: dt.date.fromisoformat(x); return True
    except Exception: return False

def body_text(msg):
    part = msg.get_body(preferencelist=('plain', 'html'))
    txt = part.get_content()
    if part.get_content_type() == 'text/html':
        own = re.split(r'<div class="gmail_quote"|<hr style|<div id="divRplyFwdMsg"', txt)[0]
        strip = lambda h: html.unescape(re.sub(r'<[^>]+>', ' ', re.sub(r'<br\s*/?>', '\n', h)))
        return strip(own), strip(txt)
    lines = txt.split('\n'); own = []
    for l in lines:
        if any(re.match(p, l) for p in QUOTE_MARKERS): break
        own.append(l)
    return '\n'.join(own), txt

def main():
    errs = []; n = 0
    ids = sorted(f[:-5] for f in os.listdir(CASES) if f.endswith('.json'))
    emls = sorted(f[:-4] for f in os.listdir(CASES) if f.endswith('.eml'))
    if ids != emls: errs.append('json/eml mismatch')
    for cid in ids:
        n += 1
        e = lambda m: errs.append(f'{cid}: {m}')
        raw = open(os.path.join(CASES, cid + '.eml'), 'rb').read()
        if re.search(rb'(?<!\r)\n', raw): e('bare LF in .eml')
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        if msg.defects: e(f'defects {msg.defects}')
        for p in msg.walk():
            if p.defects: e(f'part defects {p.defects}')
        d = parsedate_to_datetime(msg['Date'])
        if not (dt.datetime(2026,10,1,tzinfo=dt.timezone.utc) <= d <= dt.datetime(2026,12,3,tzinfo=dt.timezone.utc)): e('Date out of range')
        j = json.load(open(os.path.join(CASES, cid + '.json'), encoding='utf-8'))
        if set(j) != {'id','lang','category','prompt','tz','note','expect'}: e('top-level keys')
        if j['id'] != cid or not cid.startswith('t11-'): e('id')
        if j['lang'] not in ('en','fr'): e('lang')
        if j['category'] not in CATS: e('category')
        if j['prompt'] not in PROMPTS: e('prompt')
        if not j['note'] or '\n' in j['note']: e('note')
        x = j['expect']
        if x['class'] != 'reply':
            if set(x) != {'class'}: e('non-reply must only give class')
            continue
        need = {'class','meeting','goals','commands','question','warn','reply_text_has','reply_text_not'}
        if not need <= set(x) or set(x) - need - {'meetings_count'}: e('expect keys')
        m = x['meeting']
        if m is not None:
            if set(m) != {'date','minutes','mode','next_meeting','topics_include'}: e('meeting keys')
            if not isdate(m['date']) or not isdate(m['next_meeting']): e('meeting date')
            if m['mode'] not in MODES: e('mode')
            if m['minutes'] is not None and not isinstance(m['minutes'], int): e('minutes')
            if not set(m['topics_include']) <= KEYS: e('topic keys')
            if m['date'] and m['date'] > d.date().isoformat(): e('meeting date after message')
        if 'meetings_count' in x and (m is None or x['meetings_count'] < 2): e('meetings_count')
        for c in x['commands']:
            if c['name'] not in CMDS or not isdate(c['until']): e('command')
        for g in x['goals']:
            if g['status'] not in ('new','in_progress','done','dropped'): e('goal status')
        if not isinstance(x['question'], bool) or not isinstance(x['warn'], bool): e('bools')
        own, whole = body_text(msg)
        for ph in x['reply_text_has']:
            if norm(ph) not in norm(own): e(f'has not in own text: {ph!r}')
        for ph in x['reply_text_not']:
            if norm(ph) not in norm(whole): e(f'not-phrase absent from message: {ph!r}')
            if norm(ph) in norm(own) and x['reply_text_not']: pass
        for ph in x['reply_text_has'] + x['reply_text_not']:
            if '\u2019' in ph or '\u2018' in ph: e('curly quote in phrase')
    for er in errs: print(er)
    print(f'{n} cases checked, {len(errs)} errors')
    sys.exit(1 if errs else 0)

main()
