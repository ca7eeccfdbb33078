#!/usr/bin/env python3
"""Check every case: .eml parses cleanly (CRLF, Date in range), .json follows FORMAT.md,
reply_text_has phrases occur in the person's own (unquoted) text, reply_text_not phrases occur in the message."""
import os, sys, json, glob, re, email, html
from email import policy
from email.utils import parsedate_to_datetime
import datetime as dt

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases')
CATS = {"meeting","topics","goals","commands","question","not_meeting","classification","reply_text"}
PROMPTS = {"checkin","goals_prompt","wrapup","midsession","nudge","introduction","digest","confidentiality",""}
CLASSES = {"reply","auto_reply","bulk","bounce"}
MODES = {"video","phone","in_person","email","chat",None}
CMDS = {"help","pause","resume","undo","stop","rating","fewer_reminders","digest_off"}
TOPICS = None
DATE_RE = re.compile(r'^\d{4}-\d{2}-\d{2}$')
QUOTE_MARKERS = [re.compile(p, re.M) for p in [
    r'^On .{5,120}wrote:\s*$', r'^Le .{5,160}a écrit\s*:\s*$', r'^> ?Le .{5,160}a écrit', r'^> ?On .{5,120}wrote:',
    r'^_{10,}\s*$', r'^-----Original Message-----', r'^From: mentormail', r'^De : mentormail']]

def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()

def text_of(msg):
    part = msg.get_body(preferencelist=('plain', 'html'))
    t = part.get_content()
    if part.get_content_type() == 'text/html':
        t = re.sub(r'(?is)<div class="gmail_quote".*', '', t)
        t = re.sub(r'(?is)<hr[^>]*>\s*<div id="divRplyFwdMsg".*', '', t)
        t = re.sub(r'(?i)<br\s*/?>|</div>|</p>', '\n', t)
        t = html.unescape(re.sub(r'<[^>]+>', '', t))
    return t

def own_text(t):
    cut = len(t)
    for r in QUOTE_MARKERS:
        m = r.search(t)
        if m and m.start() < cut: cut = m.start()
    return '\n'.join(l for l in t[:cut].split('\n') if not l.startswith('>'))

def err(cid, m):
    global bad; bad += 1; print('FAIL', cid, m)

def check_date(cid, v, field, nullable=True):
    if v is None:
        if not nullable: err(cid, field + ' null')
        return
    if not isinstance(v, str) or not DATE_RE.match(v): err(cid, field + ' bad date ' + repr(v)); return
    dt.date.fromisoformat(v)

bad = 0
def main():
    global TOPICS
    cat_path = '/work/main/topics/catalogue.json'
    if os.path.exists(cat_path):
        TOPICS = {t['key'] for t in json.load(open(cat_path))}
    jsons = sorted(glob.glob(os.path.join(D, '*.json')))
    emls = sorted(glob.glob(os.path.join(D, '*.eml')))
    if {os.path.splitext(p)[0] for p in jsons} != {os.path.splitext(p)[0] for p in emls}: err('-', 'eml/json mismatch')
    ids = set()
    for jp in jsons:
        j = json.load(open(jp, encoding='utf-8'))
        cid = j.get('id')
        if cid != os.path.basename(jp)[:-5]: err(cid, 'id/filename mismatch')
        if cid in ids: err(cid, 'duplicate id')
        ids.add(cid)
        if set(j) != {'id','lang','category','prompt','tz','note','expect'}: err(cid, 'top keys %s' % sorted(j))
        if j['lang'] not in ('en','fr'): err(cid, 'lang')
        if j['category'] not in CATS: err(cid, 'category')
        if j['prompt'] not in PROMPTS: err(cid, 'prompt')
        if not j['note'] or '\n' in j['note']: err(cid, 'note')
        e = j['expect']
        raw = open(jp[:-5] + '.eml', 'rb').read()
        if b'\n' in raw.replace(b'\r\n', b''): err(cid, 'bare LF')
        if b'\r\n\r\n' not in raw: err(cid, 'no header/body separator')
        msg = email.message_from_bytes(raw, policy=policy.default)
        if msg.defects: err(cid, 'defects %s' % msg.defects)
        for h in ('From','Date','Subject','Message-ID'):
            if not msg[h]: err(cid, 'missing ' + h)
        d = parsedate_to_datetime(msg['Date'])
        if d.tzinfo is None or not (dt.datetime(2026,10,1,tzinfo=dt.timezone.utc) <= d <= dt.datetime(2026,12,3,tzinfo=dt.timezone.utc)): err(cid, 'date out of range')
        t = text_of(msg)
        for p in msg.walk():
            if p.defects: err(cid, 'part defects %s' % p.defects)
        if e.get('class') not in CLASSES: err(cid, 'class'); continue
        if e['class'] != 'reply':
            if set(e) != {'class'}: err(cid, 'non-reply has extra keys')
            if j['category'] != 'classification': err(cid, 'non-reply must be classification')
            continue
        need = {'class','meeting','goals','commands','question','warn','reply_text_has','reply_text_not'}
        if not need <= set(e) or set(e) - need - {'meetings_count'}: err(cid, 'expect keys %s' % sorted(e))
        m = e['meeting']
        if m is not None:
            if set(m) != {'date','minutes','mode','next_meeting','topics_include'}: err(cid, 'meeting keys')
            check_date(cid, m['date'], 'date'); check_date(cid, m['next_meeting'], 'next_meeting')
            if m['minutes'] is not None and (not isinstance(m['minutes'], int) or m['minutes'] <= 0): err(cid, 'minutes')
            if m['mode'] not in MODES: err(cid, 'mode')
            if TOPICS is not None:
                for k in m['topics_include']:
                    if k not in TOPICS: err(cid, 'topic ' + k)
        if 'meetings_count' in e and (m is None or not isinstance(e['meetings_count'], int) or e['meetings_count'] < 2): err(cid, 'meetings_count')
        for g in e['goals']:
            if set(g) - {'ref','status','horizon','title_has'} or not {'ref','status','horizon'} <= set(g): err(cid, 'goal keys')
            if g['status'] not in ('new','in_progress','done','dropped'): err(cid, 'goal status')
            if g['horizon'] not in ('short','long',''): err(cid, 'horizon')
            if g['ref'] and (g['horizon'] or 'title_has' in g): err(cid, 'numbered update with horizon/title')
            if not g['ref'] and 'title_has' not in g: err(cid, 'unnumbered goal needs title_has')
            if 'title_has' in g and g['title_has'] != g['title_has'].lower(): err(cid, 'title_has not lower case')
            if 'title_has' in g and norm(g['title_has']) not in norm(own_text(t)): err(cid, 'title_has not in own text: ' + g['title_has'])
            if g['status'] == 'new' and not g['horizon']: err(cid, 'new goal without horizon')
        for c in e['commands']:
            if set(c) != {'name','until','value'} or c['name'] not in CMDS: err(cid, 'command')
            check_date(cid, c['until'], 'until')
            if c['name'] == 'rating' and not isinstance(c['value'], int): err(cid, 'rating value')
        if not isinstance(e['question'], bool) or not isinstance(e['warn'], bool): err(cid, 'bools')
        own = norm(own_text(t)); whole = norm(t)
        if not e['reply_text_has']: err(cid, 'reply_text_has empty')
        for p in e['reply_text_has']:
            if "’" in p: err(cid, 'curly quote')
            if norm(p) not in own: err(cid, 'has-phrase not in own text: ' + p)
        for p in e['reply_text_not']:
            if norm(p) not in whole: err(cid, 'not-phrase not in message: ' + p)
            if norm(p) in own_text(t).lower() and False: pass
    print('%d cases checked, %d problems' % (len(jsons), bad))
    return 1 if bad else 0

if __name__ == '__main__':
    sys.exit(main())
