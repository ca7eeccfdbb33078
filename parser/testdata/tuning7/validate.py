#!/usr/bin/env python3
"""Validate set tuning7: .eml parse cleanly, .json follow FORMAT.md, phrase checks."""
import email, email.policy, glob, json, os, re, sys, html

HERE = os.path.dirname(os.path.abspath(__file__))
CAT = {'meeting', 'topics', 'goals', 'commands', 'question', 'not_meeting', 'classification', 'reply_text'}
PROMPTS = {'checkin', 'goals_prompt', 'wrapup', 'midsession', 'nudge', 'introduction', 'digest', 'confidentiality', ''}
MODES = {'video', 'phone', 'in_person', 'email', 'chat', None}
CMDS = {'help', 'pause', 'resume', 'undo', 'stop', 'rating', 'fewer_reminders', 'digest_off'}
TOPICS = {t['key'] for t in json.load(open('/work/main/topics/catalogue.json'))}
DATE = re.compile(r'^\d{4}-\d{2}-\d{2}$')
QUOTE = [re.compile(p, re.M) for p in [r'^On .{5,120} wrote:\s*$', r'^Le .{5,160} a écrit\s?:\s*$', r'^_{10,}\s*$', r'^-----Original Message-----',
                                        r'^From: .*<', r'^De : .*<', r'^>']]
errs = []

def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()

def body_text(msg):
    part = msg.get_body(preferencelist=('plain', 'html'))
    t = part.get_content()
    return t, part.get_content_type() == 'text/html'

def strip_html(t):
    t = re.sub(r'(?is)<(br|div|p|hr)[^>]*>', '\n', t)
    t = re.sub(r'(?s)<[^>]+>', '', t)
    return html.unescape(t)

def own_text(t, is_html):
    if is_html:
        for m in ('class="gmail_quote"', 'id="divRplyFwdMsg"', '<hr'):
            k = t.find(m)
            if k > 0: t = t[:t.rfind('<', 0, k + 1)] if m != '<hr' else t[:k]; break
        t = strip_html(t)
    cut = len(t)
    for q in QUOTE:
        m = q.search(t)
        if m: cut = min(cut, m.start())
    return t[:cut]

ids = set()
n = 0
for jf in sorted(glob.glob(os.path.join(HERE, 'cases', '*.json'))):
    n += 1
    cid = os.path.basename(jf)[:-5]
    try:
        c = json.load(open(jf, encoding='utf-8'))
    except Exception as e:
        errs.append(f'{cid}: bad json {e}'); continue
    E = lambda m: errs.append(f'{cid}: {m}')
    if c.get('id') != cid or not cid.startswith('t7-'): E('id mismatch')
    if cid in ids: E('duplicate id')
    ids.add(cid)
    if c.get('lang') not in ('en', 'fr'): E('lang')
    if c.get('category') not in CAT: E('category')
    if c.get('prompt') not in PROMPTS: E('prompt')
    if not c.get('tz', '').startswith(('America/', 'Europe/')): E('tz')
    if not c.get('note'): E('note')
    x = c.get('expect', {})
    cls = x.get('class')
    if cls not in ('reply', 'auto_reply', 'bulk', 'bounce'): E('class')
    ef = os.path.join(HERE, 'cases', cid + '.eml')
    if not os.path.exists(ef): E('no eml'); continue
    data = open(ef, 'rb').read()
    if re.search(rb'(?<!\r)\n', data): E('bare LF in eml')
    msg = email.message_from_bytes(data, policy=email.policy.default)
    if msg.defects: E(f'defects {msg.defects}')
    for h in ('Date', 'From', 'Subject', 'Message-ID'):
        if not msg[h]: E(f'missing {h}')
    try:
        for h in msg.keys(): str(msg[h])
        t, is_html = body_text(msg)
    except Exception as e:
        E(f'parse {e}'); continue
    for p in msg.walk():
        if p.defects: E(f'part defects {p.defects}')
    if cls != 'reply':
        if set(x) != {'class'}: E('non-reply must give only class')
        continue
    need = {'meeting', 'goals', 'commands', 'question', 'warn', 'reply_text_has', 'reply_text_not'}
    if not need <= set(x): E(f'missing {need - set(x)}')
    if set(x) - need - {'class', 'meetings_count'}: E('extra keys')
    m = x.get('meeting')
    if m is not None:
        if set(m) != {'date', 'minutes', 'mode', 'next_meeting', 'topics_include'}: E('meeting keys')
        for k in ('date', 'next_meeting'):
            if m.get(k) is not None and not DATE.match(m[k]): E(k)
        if m.get('minutes') is not None and not isinstance(m['minutes'], int): E('minutes')
        if m.get('mode') not in MODES: E('mode')
        if not set(m.get('topics_include', [])) <= TOPICS: E('topic keys')
        if m.get('date') is None and not x.get('warn'): E('undated meeting without warn')
    if 'meetings_count' in x and (m is None or x['meetings_count'] < 2): E('meetings_count')
    for gl in x.get('goals', []):
        if gl.get('status') not in ('new', 'in_progress', 'done', 'dropped'): E('goal status')
        if gl.get('horizon') not in ('short', 'long', ''): E('horizon')
        if not isinstance(gl.get('ref'), str): E('ref')
        if gl['ref'] and 'title_has' in gl: E('title_has on numbered update')
        if not gl['ref'] and gl.get('title_has', '') != gl.get('title_has', '').lower(): E('title_has lower')
        if not gl['ref'] and not gl.get('title_has'): E('title_has missing')
        if gl.get('title_has') and gl['title_has'] not in own_text(t, is_html).lower(): E(f"title_has not in text: {gl['title_has']}")
    for cm in x.get('commands', []):
        if cm.get('name') not in CMDS: E('cmd')
        if set(cm) != {'name', 'until', 'value'}: E('cmd keys')
    if not isinstance(x.get('question'), bool) or not isinstance(x.get('warn'), bool): E('bools')
    own = norm(own_text(t, is_html))
    full = norm(strip_html(t) if is_html else t)
    for p in x.get('reply_text_has', []):
        if '\u2019' in p or norm(p) not in own: E(f'reply_text_has not in own text: {p!r}')
    for p in x.get('reply_text_not', []):
        if norm(p) not in full: E(f'reply_text_not not in message: {p!r}')
        if any(norm(p) in norm(h) or norm(h) in norm(p) for h in x.get('reply_text_has', [])): E(f'has/not overlap: {p!r}')

for ef in glob.glob(os.path.join(HERE, 'cases', '*.eml')):
    if not os.path.exists(ef[:-4] + '.json'): errs.append(f'{ef}: no json')
print(f'{n} cases, {len(errs)} errors')
for e in errs: print(' ', e)
sys.exit(1 if errs else 0)
