#!/usr/bin/env python3
"""Deterministic generator for tuning5 cases. Standard library only."""
import json, os, sys, base64, quopri, datetime as dt, hashlib
from zoneinfo import ZoneInfo
from email.utils import format_datetime
sys.path.insert(0, os.path.dirname(__file__))
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")

WD = ["mon","tue","wed","thu","fri","sat","sun"]

def resolve(v, base):
    """'@-1' => base-1 day; '@mon' => most recent past Monday (strictly before base); '@+3' future."""
    if not isinstance(v, str) or not v.startswith("@"):
        return v
    s = v[1:]
    if s in WD:
        n = (base.weekday() - WD.index(s)) % 7 or 7
        return (base - dt.timedelta(days=n)).isoformat()
    return (base + dt.timedelta(days=int(s))).isoformat()

QUOTES = {
 ("checkin","en"): ("Check-in 3: have you met {p} again?", "Hi {n},\n\nTime for check-in 3! You and {p} have logged 2 meetings so far, the last on October 14.\n\nHave you met again since? Reply to this email and tell us, for\nexample:\n\nDate: yesterday\nLength: 45 min\nHow: video\nTopics: 4, 7\nNotes: went over my cover letter for the Halifax posting\n\nPlain sentences work too (\"We had a 45-minute video call yesterday\nabout interviews\"). Either of you can log it.\n\nThank you!", "Plain sentences work too"),
 ("checkin","fr"): ("Suivi 3 : une autre rencontre avec {p}?", "Bonjour {n},\n\nVoici le suivi 3 de la session. {p} et vous avez consigné\n2 rencontres jusqu'ici, la dernière le 14 octobre.\n\nVous êtes-vous parlé depuis? Répondez à ce courriel pour nous le\ndire, par exemple :\n\nDate : hier\nDurée : 45 min\nMode : vidéo\nSujets : 4, 7\n\nUne simple phrase fonctionne aussi (« Appel vidéo de 45 minutes\nhier sur les entrevues »).\n\nMerci!", "Une simple phrase fonctionne aussi"),
 ("goals_prompt","en"): ("What would you like from this session?", "Hi {n},\n\nKnowing what you want from this session helps {p} help\nyou. What would you like to achieve soon, and where are you heading\nover the next few years?\n\nJust reply with a short-term and a long-term goal, one per line,\nlike this:\n\nShort term: update my CV and send two applications\nLong term: lead a public services team within five years\n\nThank you!", "Just reply with a short-term and a long-term goal"),
 ("goals_prompt","fr"): ("Qu'aimeriez-vous retirer de cette session?", "Bonjour {n},\n\nSavoir ce que vous attendez de cette session aidera {p}\nà bien vous accompagner. Qu'aimeriez-vous accomplir bientôt, et vers\nquoi souhaitez-vous aller dans les prochaines années?\n\nRépondez simplement avec un objectif à court terme et un autre à long\nterme, un par ligne, comme ceci :\n\nShort term: update my CV and send two applications\nLong term: lead a public services team within five years\n\nMerci!", "Répondez simplement avec un objectif"),
 ("nudge","en"): ("Checking in: catching up with {p}?", "Hi {n},\n\nIt's been 23 days since you and {p} last\nlogged a meeting (October 9). Life gets busy, and that's fine.\nA short call or a few emails count too.\n\nIf you have met, just reply with the date, for example:\n\nDate: last Tuesday\nLength: 30 min\nHow: phone\n\nIf things are hectic right now, let {p} know, and reply\nwith a line like this so we hold off on reminders:\n\npause until December 1\n\nWe're here if anything is getting in the way.", "Life gets busy, and that's fine"),
 ("nudge","fr"): ("Des nouvelles de vos échanges avec {p}?", "Bonjour {n},\n\nVotre dernière rencontre consignée avec {p} remonte à\n23 jours (le 9 octobre). Le quotidien est parfois chargé, et\nc'est bien normal. Un court appel ou quelques courriels comptent aussi.\n\nSi vous vous êtes parlé, répondez simplement avec la date, par\nexemple :\n\nDate : mardi dernier\nDurée : 30 min\nMode : téléphone\n\nSi la période est chargée, prévenez {p} et répondez-nous\navec une ligne comme celle-ci pour suspendre les rappels :\n\npause jusqu'au 1er décembre\n\nNous sommes là si quelque chose vous freine.", "Le quotidien est parfois chargé"),
 ("midsession","en"): ("Halfway through: how is it going?", "Hi {n},\n\nYou're halfway through the session with {p}. Thank you\nfor the time you're putting in!\n\nSo far: 3 meetings logged, 2 goals set, 0 done.\n\n- Are your conversations covering what you hoped?\n- Do your goals still fit, or would you like to adjust them?\n\nIf something isn't working, reply with \"question:\" followed by what's\non your mind. The committee reads every message.", "The committee reads every message"),
 ("midsession","fr"): ("À mi-parcours : comment ça se passe?", "Bonjour {n},\n\nVous voilà à mi-chemin de la session avec {p}. Merci pour\nle temps que vous y consacrez!\n\nJusqu'ici : 3 rencontres consignées, 2 objectifs fixés, 0 atteint.\n\n- Vos échanges portent-ils sur ce que vous espériez?\n- Vos objectifs sont-ils toujours les bons, ou faut-il les ajuster?\n\nSi quelque chose ne va pas, répondez en commençant par « question : »\nsuivi de ce qui vous préoccupe. Le comité lit tous les messages.", "Le comité lit tous les messages"),
 ("wrapup","en"): ("Thank you, and a short survey", "Hi {n},\n\nThe session has come to an end. Thank you for the time and care you\ngave it with {p}.\n\nWe'd love to hear how it went. Reply to this email, give a rating\nfrom 1 (not great) to 5 (excellent), and write your answers under\neach question; skip any you like.\n\nRating:\nWhat worked well?\nWhat could be better?\nWould you take part again, perhaps one day as a mentor?\nAnything else for the committee?\n\nYour answers go to the committee only.", "Your answers go to the committee only"),
 ("wrapup","fr"): ("Merci, et un court sondage", "Bonjour {n},\n\nLa session est terminée. Merci pour le temps et l'attention que vous\ny avez consacrés avec {p}.\n\nNous aimerions savoir comment ça s'est passé. Répondez à ce courriel,\ndonnez une note de 1 (décevant) à 5 (excellent) et écrivez vos\nréponses sous chaque question; sautez celles que vous voulez.\n\nÉvaluation :\nQu'est-ce qui a bien fonctionné?\nQu'est-ce qui pourrait être amélioré?\nAimeriez-vous participer de nouveau?\nAutre chose à dire au comité?\n\nVos réponses ne sont lues que par le comité.", "Vos réponses ne sont lues que par le comité"),
 ("digest","en"): ("Your mentoring digest: {p} and you", "Hi {n},\n\nHere is where things stand with {p}; the session ends on\nJanuary 29.\n\nMEETINGS\n\nDate: October 21, 2026\nLength: 45 minutes\nHow: video\nTopics: Interviews: tips and techniques\n\nLast meeting: October 21, 13 days ago.\n\nSpotted an article, a webinar or a posting {p} might like?\nNow is a good time to pass it on.", "Now is a good time to pass it on"),
 ("digest","fr"): ("Votre bilan de mentorat : {p} et vous", "Bonjour {n},\n\nVoici où en sont vos échanges avec {p}; la session se termine le\n29 janvier.\n\nRENCONTRES\n\nDate : 21 octobre 2026\nDurée : 45 minutes\nMode : vidéo\nSujets : Entrevues : conseils et techniques\n\nDernière rencontre : le 21 octobre, il y a 13 jours.\n\nVous avez repéré un article, un webinaire ou une offre qui pourrait\nintéresser {p}? C'est le bon moment pour le transmettre.", "C'est le bon moment pour le transmettre"),
 ("confidentiality","en"): ("Confidentiality: a halfway reminder", "Hi {n},\n\nYou and {p} are halfway through the session, and by now\nyou have probably talked about things that matter. A gentle reminder:\nwhat you share with each other stays between the two of you.\n\nThank you for building a safe space together.", "Thank you for building a safe space together"),
 ("confidentiality","fr"): ("Confidentialité : un rappel à mi-parcours", "Bonjour {n},\n\n{p} et vous êtes à mi-chemin de la session. Un petit rappel :\nce que vous vous confiez reste entre vous deux.\n\nMerci de bâtir ensemble un espace de confiance.", "Merci de bâtir ensemble un espace de confiance"),
 ("introduction","en"): ("Meet {p}, your mentoring partner", "Hi {n},\n\nWelcome to the new session! We're happy to introduce {p},\nwho will be your mentor from October 1 to January 29.\n\nFirst step: write to each other, and try to set up a call or a video\nmeeting in the first week.", "First step: write to each other"),
 ("introduction","fr"): ("Voici {p}, votre partenaire de mentorat", "Bonjour {n},\n\nBienvenue dans cette nouvelle session! Nous avons le plaisir de vous\nprésenter {p}, qui vous accompagnera comme personne mentore\ndu 1er octobre au 29 janvier.\n\nPremière étape : écrivez-vous, et essayez de prévoir un appel ou une\nrencontre vidéo dès la première semaine.", "Première étape : écrivez-vous"),
}

PROG = "programme@mentormail.ca"

def fmt_attr(lang, style, when, who):
    if style == "gmail":
        if lang == "fr":
            return "Le %s, Mentorat ABQ-CLA <%s> a écrit :" % (when.strftime("%-d %b %Y à %H:%M").replace("Oct","oct.").replace("Nov","nov.").replace("Dec","déc."), PROG)
        return "On %s Mentorship Program <%s> wrote:" % (when.strftime("%a, %b %-d, %Y at %-I:%M %p"), PROG)
    if style == "apple":
        if lang == "fr":
            return "Le %s à %s, Mentorat <%s> a écrit :" % (when.strftime("%-d %b %Y"), when.strftime("%H:%M"), PROG)
        return "On %s, at %s, Mentorship Program <%s> wrote:" % (when.strftime("%b %-d, %Y"), when.strftime("%-I:%M %p"), PROG)
    return ""

def build(c):
    tz = ZoneInfo(c["tz"])
    local = dt.datetime.strptime(c["dt"], "%Y-%m-%d %H:%M").replace(tzinfo=tz)
    base = local.date()
    lang = c["lang"]; prompt = c.get("prompt", "")
    n, p = c.get("names", ("Alex", "Jordan") if lang == "en" else ("Camille", "Mathieu"))
    body = c["body"].strip("\n")
    sig = c.get("sig", "")
    text = body + ("\n\n" + sig.strip("\n") if sig else "")
    not_ = list(c.get("not", []))
    dn = n
    for line in sig.split("\n"):
        line = line.strip()
        if not line or line == "--": continue
        first = line.split(",")[0].split(" (")[0]
        if len(first.split()) == 2 and not any(w in first for w in ("AVIS", "CONFID", "Sent", "Envoy", "Nous", "Halifax")) and not any(ch.isdigit() for ch in first):
            dn = first
        break
    import unicodedata
    local_part = unicodedata.normalize("NFKD", dn.lower().replace(" ", ".")).encode("ascii", "ignore").decode()
    n = dn.split()[0]
    qstyle = c.get("quote", "gmail")
    subj = c.get("subject")
    qtxt = ""
    if prompt and (prompt, lang) in QUOTES and qstyle != "none":
        s, qb, qphrase = QUOTES[(prompt, lang)]
        s = s.format(p=p, n=n); qb = qb.format(p=p, n=n)
        subj = subj or (("RE: " if qstyle.startswith("outlook") else "Re: ") + s)
        sent = local - dt.timedelta(days=c.get("qdays", 2), hours=3)
        floor = dt.datetime(2026, 10, 1, 8, 30, tzinfo=tz)
        if sent < floor:
            sent = min(floor, local - dt.timedelta(minutes=40))
        if qstyle in ("gmail", "apple"):
            qtxt = fmt_attr(lang, qstyle, sent, p) + "\n\n" + "\n".join("> " + l if l else ">" for l in qb.split("\n"))
        elif qstyle == "outlook_en":
            qtxt = "________________________________\nFrom: Mentorship Program <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (PROG, sent.strftime("%A, %B %-d, %Y %-I:%M %p"), n, s, qb)
        elif qstyle == "outlook_fr":
            qtxt = "De : Mentorat ABQ-CLA <%s>\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s" % (PROG, sent.strftime("%d/%m/%Y %H:%M"), n, s, qb)
        elif qstyle == "original":
            qtxt = "-----Original Message-----\nFrom: Mentorship Program <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (PROG, sent.strftime("%B %-d, %Y %-I:%M %p"), n, s, qb)
        if c.get("add_quote_not", True):
            not_.append(qphrase)
    subj = subj or c.get("subject_default", "Re: mentorat" if lang == "fr" else "Re: mentorship")
    full = text + ("\n\n" + qtxt if qtxt else "")
    enc = c.get("enc", "8bit")
    frm = c.get("from", "%s <%s.%s@%s>" % (dn, local_part, hashlib.md5(c["id"].encode()).hexdigest()[:4], c.get("domain", "biblio.example.ca")))
    h = []
    h.append(("From", frm))
    h.append(("To", c.get("to", "Mentorship <reply+%s@mentormail.ca>" % hashlib.md5(c["id"].encode()).hexdigest()[:10])))
    h.append(("Subject", c.get("subject_raw", subj)))
    h.append(("Date", format_datetime(local)))
    h.append(("Message-ID", "<%s.%s@mail.example.ca>" % (c["id"], hashlib.md5(c["dt"].encode()).hexdigest()[:8])))
    if c.get("inreply", True):
        h.append(("In-Reply-To", "<prog-%s@mentormail.ca>" % hashlib.md5((c["id"]+"q").encode()).hexdigest()[:12]))
    for k, v in c.get("headers", []):
        h.append((k, v))
    h.append(("MIME-Version", "1.0"))
    charset = "iso-8859-1" if enc == "latin1" else "utf-8"
    if enc == "raw":
        payload = c["raw_body"]
        h += c.get("raw_ct", [("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "8bit")])
        data = payload.encode("utf-8")
    elif enc == "html":
        import html as H
        def esc(t): return H.escape(t).replace("\n", "<br>\n")
        q = ""
        if qtxt:
            if qstyle.startswith("outlook"):
                q = '<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%%"><font face="Calibri">%s</font></div>' % esc(qtxt.split("\n", 1)[1] if qtxt.startswith("_") else qtxt)
            else:
                lines = qtxt.split("\n"); attr = lines[0]
                qb = "\n".join(l[2:] if l.startswith("> ") else l.lstrip(">") for l in lines[2:])
                q = '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (esc(attr), esc(qb))
        sigh = '<div><br></div><div class="gmail_signature">%s</div>' % esc(sig.strip("\n")) if sig else ""
        payload = '<html><head><meta charset="utf-8"></head><body><div dir="ltr"><div>%s</div>%s</div><br>%s</body></html>' % (esc(body), sigh, q)
        h.append(("Content-Type", "text/html; charset=utf-8"))
        h.append(("Content-Transfer-Encoding", "quoted-printable"))
        data = quopri.encodestring(payload.encode("utf-8"))
    else:
        ct = "text/plain; charset=%s" % charset
        if enc == "flowed":
            ct += "; format=flowed"
            out = []
            for para in full.split("\n"):
                if len(para) > 72 and not para.startswith(">"):
                    words = para.split(" "); line = ""
                    for w in words:
                        if line and len(line) + len(w) + 1 > 70:
                            out.append(line + " "); line = w
                        else:
                            line = (line + " " + w) if line else w
                    out.append(line)
                else:
                    out.append(para.rstrip(" "))
            full = "\n".join(out)
        h.append(("Content-Type", ct))
        raw = full.encode(charset)
        if enc in ("qp", "latin1"):
            h.append(("Content-Transfer-Encoding", "quoted-printable"))
            data = quopri.encodestring(raw)
        elif enc == "b64":
            h.append(("Content-Transfer-Encoding", "base64"))
            data = base64.encodebytes(raw)
        else:
            h.append(("Content-Transfer-Encoding", "8bit"))
            data = raw
    from email.header import Header
    hdr = b""
    for k, v in h:
        if any(ord(ch) > 127 for ch in v):
            if k in ("From", "To"):
                from email.utils import parseaddr, formataddr
                nm, ad = parseaddr(v); v = formataddr((nm, ad), charset="utf-8")
            else:
                v = Header(v, "utf-8").encode()
        v = v.replace("\r\n", "\n").replace("\n", "\r\n")
        hdr += ("%s: %s\r\n" % (k, v)).encode("ascii")
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    msg = hdr + b"\r\n" + data
    # expectations
    cls = c.get("cls", "reply")
    if cls != "reply":
        exp = {"class": cls}
    else:
        m = c.get("meeting")
        if m is not None:
            m = dict(m)
            m.setdefault("minutes", None); m.setdefault("mode", None); m.setdefault("next_meeting", None); m.setdefault("topics_include", [])
            m.setdefault("date", None)
            m["date"] = resolve(m["date"], base); m["next_meeting"] = resolve(m["next_meeting"], base)
            m = {k: m[k] for k in ("date", "minutes", "mode", "next_meeting", "topics_include")}
        exp = {"class": "reply", "meeting": m}
        if "count" in c: exp["meetings_count"] = c["count"]
        exp["goals"] = [dict(ref=g[0], status=g[1], horizon=g[2], **({"title_has": g[3]} if len(g) > 3 and g[3] else {})) for g in c.get("goals", [])]
        cmds = []
        for cm in c.get("cmds", []):
            cmds.append({"name": cm[0], "until": resolve(cm[1], base) if len(cm) > 1 else None, "value": cm[2] if len(cm) > 2 else None})
        exp["commands"] = cmds
        exp["question"] = c.get("q", False)
        exp["warn"] = c.get("warn", False)
        exp["reply_text_has"] = c.get("has", [])
        exp["reply_text_not"] = not_
    j = {"id": c["id"], "lang": lang, "category": c["cat"], "prompt": prompt if cls == "reply" or prompt else "", "tz": c["tz"], "note": c["note"], "expect": exp}
    return msg, j

def main():
    import cases_a, cases_b
    allc = cases_a.CASES + cases_b.CASES
    ids = set()
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for c in allc:
        assert c["id"] not in ids, c["id"]; ids.add(c["id"])
        msg, j = build(c)
        with open(os.path.join(OUT, c["id"] + ".eml"), "wb") as f: f.write(msg)
        with open(os.path.join(OUT, c["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(j, f, ensure_ascii=False, indent=2); f.write("\n")
    print(len(allc), "cases")

if __name__ == "__main__":
    main()
