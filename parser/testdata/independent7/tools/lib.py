"""Framework for the independent7 generator (standard library only)."""
import base64, datetime as dt, hashlib, json, os, quopri, textwrap
from zoneinfo import ZoneInfo

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")
PROG_DOMAIN = "mentorat-bibliotheques.ca"
CASES = []

WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MON = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
FR_MONL = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
EN_MONL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def M(date=None, minutes=None, mode=None, topics=(), next=None):
    return {"date": date, "minutes": minutes, "mode": mode, "next_meeting": next, "topics_include": list(topics)}


def G(status, title=None, ref="", horizon=""):
    g = {"ref": ref, "status": status, "horizon": horizon}
    if title:
        g["title_has"] = title
    return g


def C(name, until=None, value=None):
    return {"name": name, "until": until, "value": value}


def E(meeting=None, goals=(), commands=(), question=False, warn=False, has=(), not_=(), count=None):
    e = {"class": "reply", "meeting": meeting}
    if count:
        e["meetings_count"] = count
    e.update({"goals": list(goals), "commands": list(commands), "question": question, "warn": warn,
              "reply_text_has": list(has), "reply_text_not": list(not_)})
    return e


def resolve(v, local):
    """int -> days offset from local send date; 'wd:tue' -> most recent past tuesday (strictly before)."""
    if v is None or (isinstance(v, str) and len(v) == 10 and v[4] == "-"):
        return v
    d = local.date()
    if isinstance(v, int):
        return (d + dt.timedelta(days=v)).isoformat()
    if v.startswith("wd:"):
        t = WD[v[3:]]
        back = (d.weekday() - t) % 7 or 7
        return (d - dt.timedelta(days=back)).isoformat()
    raise ValueError(v)


def fmt_date_hdr(t):
    off = t.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (EN_DAYS[t.weekday()], t.day, EN_MON[t.month - 1], t.year,
                                                     t.hour, t.minute, t.second, sign, mins // 60, mins % 60)


def tok(cid):
    return base64.b32encode(hashlib.sha256(cid.encode()).digest()[:10]).decode().lower().rstrip("=")


def enc_qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def enc_b64(text):
    b = base64.b64encode(text.encode("utf-8")).decode()
    return "\n".join(b[i:i + 76] for i in range(0, len(b), 76))


def flow(text, width=72):
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line.rstrip(" "))
            continue
        parts = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        for i, p in enumerate(parts):
            out.append(p + (" " if i < len(parts) - 1 else ""))
    return "\n".join(out)


def hdr_encode(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return "=?UTF-8?B?%s?=" % base64.b64encode(s.encode()).decode()


def addr(name, email):
    if not name:
        return email
    n = hdr_encode(name)
    if n == name and any(c in name for c in ",.()"):
        n = '"%s"' % name
    return "%s <%s>" % (n, email)


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(s):
    paras = s.strip("\n").split("\n\n")
    return "\n".join("<div>%s</div><div><br></div>" % "<br>\n".join(html_escape(l) for l in p.split("\n")) for p in paras)

# ---------------------------------------------------------------- program emails (filled templates)
TOPIC_EN = {"career_path": "Your path into librarianship", "current_role": "Your current job or studies",
            "career_goals": "Career goals in 5 and 10 years", "diversity": "Diversity, identity and the workplace",
            "interviews": "Interviews: tips and techniques", "job_applications": "Job applications: CV, cover letter, postings",
            "management": "Management tips and strategies", "technology": "New media, trends and technologies",
            "conferences": "Going to conferences", "work_life_balance": "Work/life balance",
            "committees": "Committees, associations and professional bodies", "time_management": "Time management",
            "lis_resources": "LIS resources and networking", "job_precarity": "Job precarity, unions and the job market"}
TOPIC_FR = {"career_path": "Votre parcours en bibliothéconomie", "current_role": "Votre emploi ou vos études actuels",
            "career_goals": "Objectifs de carrière à 5 et 10 ans", "diversity": "Diversité, identité et milieu de travail",
            "interviews": "Entrevues : conseils et techniques", "job_applications": "Candidatures : CV, lettre de présentation, offres",
            "management": "Gestion : conseils et stratégies", "technology": "Nouveaux médias, tendances et technologies",
            "conferences": "Participer à des congrès", "work_life_balance": "Conciliation travail-vie personnelle",
            "committees": "Comités, associations et organismes professionnels", "time_management": "Gestion du temps",
            "lis_resources": "Ressources en sciences de l'information et réseautage", "job_precarity": "Précarité, syndicats et marché de l'emploi"}


def program_mail(kind, lang, name, partner, sent, suggested=None, role="mentee"):
    """Return (subject, body) of the program email the reply answers."""
    sug = suggested or {3: "interviews", 7: "work_life_balance", 12: "committees"}
    en = lang == "en"
    T = TOPIC_EN if en else TOPIC_FR
    tl = "\n".join("  %d. %s" % (n, T[k]) for n, k in sorted(sug.items()))
    nums = ", ".join(str(n) for n in sorted(sug))
    last = sent.date() - dt.timedelta(days=9)
    lday = ("%s %d" % (EN_MONL[last.month - 1], last.day)) if en else ("%s %s" % ("1er" if last.day == 1 else last.day, FR_MONL[last.month - 1]))
    pe = sent.date() + dt.timedelta(days=14)
    pday = ("%s %d" % (EN_MONL[pe.month - 1], pe.day)) if en else ("%s %s" % ("1er" if pe.day == 1 else pe.day, FR_MONL[pe.month - 1]))
    if kind == "checkin":
        if en:
            return ("Check-in 3: have you met %s again?" % partner,
                    "Hi %s,\n\nTime for check-in 3! You and %s have logged 2 meetings so far, the last on %s.\n\n"
                    "Have you met again since? Reply to this email and tell us, for example:\n\n"
                    "Date: yesterday\nLength: 45 min\nHow: video\nTopics: %s\nNotes: went over my cover letter for the Halifax posting\n\n"
                    "Plain sentences work too (\"We had a 45-minute video call yesterday\nabout interviews\"). Either of you can log it. Notes are optional and\nstay between the two of you.\n\n"
                    "Looking for something to talk about next? A few topics you haven't\ncovered yet:\n%s\n\n"
                    "Sending your questions a few days ahead gives your partner time to\nthink them over.\n\n"
                    "Remember that the agenda is yours: bring what matters most to you\nright now, whether it's a challenge at work or a step in your career.\n\nThank you!"
                    % (name, partner, lday, nums, tl))
        return ("Suivi 3 : une autre rencontre avec %s?" % partner,
                "Bonjour %s,\n\nVoici le suivi 3 de la session. %s et vous avez consigné\n2 rencontres jusqu'ici, la dernière le %s.\n\n"
                "Vous êtes-vous parlé depuis? Répondez à ce courriel pour nous le\ndire, par exemple :\n\n"
                "Date : hier\nDurée : 45 min\nMode : vidéo\nSujets : %s\nNotes : révision de ma lettre de présentation pour le poste à Halifax\n\n"
                "Une simple phrase fonctionne aussi (« Appel vidéo de 45 minutes\nhier sur les entrevues »). L'un ou l'autre de vous peut s'en charger. Les\nnotes sont facultatives et restent entre vous deux.\n\n"
                "Besoin d'idées pour la prochaine fois? Voici quelques sujets que vous\nn'avez pas encore abordés :\n%s\n\n"
                "Envoyer vos questions quelques jours à l'avance laisse à l'autre le\ntemps d'y réfléchir.\n\n"
                "N'oubliez pas : l'ordre du jour vous appartient. Apportez ce qui\ncompte le plus pour vous en ce moment, un défi au travail comme une\nétape de votre carrière.\n\nMerci!"
                % (name, partner, lday, nums, tl))
    if kind == "goals_prompt":
        if en:
            return ("What would you like from this session?",
                    "Hi %s,\n\nKnowing what you want from this session helps %s help\nyou. What would you like to achieve soon, and where are you heading\nover the next few years?\n\n"
                    "Just reply with a short-term and a long-term goal, one per line,\nlike this:\n\n"
                    "Short term: update my CV and send two applications\nLong term: lead a public services team within five years\n\n"
                    "Add as many lines as you like. Share them with %s too: it\nmakes a good first conversation.\n\nThank you!" % (name, partner, partner))
        return ("Qu'aimeriez-vous retirer de cette session?",
                "Bonjour %s,\n\nSavoir ce que vous attendez de cette session aidera %s\nà bien vous accompagner. Qu'aimeriez-vous accomplir bientôt, et vers\nquoi souhaitez-vous aller dans les prochaines années?\n\n"
                "Répondez simplement avec un objectif à court terme et un autre à long\nterme, un par ligne, comme ceci :\n\n"
                "Court terme : mettre à jour mon CV et envoyer deux candidatures\nLong terme : diriger une équipe de services au public d'ici cinq ans\n\n"
                "Ajoutez autant de lignes que vous le voulez. Parlez-en aussi avec\n%s : c'est un excellent point de départ.\n\nMerci!" % (name, partner, partner))
    if kind == "wrapup":
        if en:
            return ("Thank you, and a short survey",
                    "Hi %s,\n\nThe session has come to an end. Thank you for the time and care you\ngave it with %s: 4 meetings logged and 1 goal reached.\n\n"
                    "We'd love to hear how it went. Reply to this email, give a rating\nfrom 1 (not great) to 5 (excellent), and write your answers under\neach question; skip any you like.\n\n"
                    "Rating: \nWhat worked well?\nWhat could be better?\nWould you take part again, perhaps one day as a mentor?\nAnything else for the committee?\n\n"
                    "Your answers go to the committee only. Feel free to keep in touch\nwith %s: many pairs do." % (name, partner, partner))
        return ("Merci, et un court sondage",
                "Bonjour %s,\n\nLa session est terminée. Merci pour le temps et l'attention que vous\ny avez consacrés avec %s : 4 rencontres consignées et\n1 objectif atteint.\n\n"
                "Nous aimerions savoir comment ça s'est passé. Répondez à ce courriel,\ndonnez une note de 1 (décevant) à 5 (excellent) et écrivez vos\nréponses sous chaque question; sautez celles que vous voulez.\n\n"
                "Évaluation : \nQu'est-ce qui a bien fonctionné?\nQu'est-ce qui pourrait être amélioré?\nAimeriez-vous participer de nouveau, un jour comme personne mentore?\nAutre chose à dire au comité?\n\n"
                "Vos réponses ne sont lues que par le comité. Et n'hésitez pas à garder\nle contact avec %s : bien des duos le font." % (name, partner, partner))
    if kind == "midsession":
        if en:
            return ("Halfway through: how is it going?",
                    "Hi %s,\n\nYou're halfway through the session with %s. Thank you\nfor the time you're putting in!\n\n"
                    "So far: 1 meeting logged (about 2 by now if you meet\ntwice a month), 2 goals set, 0 done.\n\n"
                    "A few questions worth a moment of thought:\n\n- Are your conversations covering what you hoped?\n- Do your goals still fit, or would you like to adjust them?\n- Is there anything the two of you could do differently in the\n  second half?\n\n"
                    "Some reminders:\n\n- Try to keep meeting twice a month, even briefly, until December 18.\n- Send your questions ahead of time.\n- Steer the conversation toward what you need most.\n- Log meetings and goal progress by replying to our emails\n  (\"goal 1: done\" works).\n\n"
                    "If something isn't working, reply with \"question:\" followed by what's\non your mind. The committee reads every message." % (name, partner))
        return ("À mi-parcours : comment ça se passe?",
                "Bonjour %s,\n\nVous voilà à mi-chemin de la session avec %s. Merci pour\nle temps que vous y consacrez!\n\n"
                "Jusqu'ici : 1 rencontre consignée (environ 2 à ce stade\nsi vous vous voyez deux fois par mois), 2 objectifs fixés, 0 atteint.\n\n"
                "Quelques questions à vous poser :\n\n- Vos échanges portent-ils sur ce que vous espériez?\n- Vos objectifs sont-ils toujours les bons, ou faut-il les ajuster?\n- Que pourriez-vous faire autrement pendant la deuxième moitié?\n\n"
                "Quelques rappels :\n\n- Continuez à vous parler deux fois par mois, même brièvement,\n  jusqu'au 18 décembre.\n- Envoyez vos questions à l'avance.\n- Orientez les échanges vers ce dont vous avez le plus besoin.\n- Consignez vos rencontres et vos progrès en répondant à nos courriels\n  (« objectif 1 : terminé » fonctionne).\n\n"
                "Si quelque chose ne va pas, répondez en commençant par « question : »\nsuivi de ce qui vous préoccupe. Le comité lit tous les messages." % (name, partner))
    if kind == "nudge":
        if en:
            return ("Checking in: catching up with %s?" % partner,
                    "Hi %s,\n\nIt's been 17 days since you and %s last\nlogged a meeting (%s). Life gets busy, and that's fine.\nA short call or a few emails count too.\n\n"
                    "If you have met, just reply with the date, for example:\n\nDate: last Tuesday\nLength: 30 min\nHow: phone\n\n"
                    "If things are hectic right now, let %s know, and reply\nwith a line like this so we hold off on reminders:\n\npause until %s\n\n"
                    "We're here if anything is getting in the way." % (name, partner, lday, partner, pday))
        return ("Des nouvelles de vos échanges avec %s?" % partner,
                "Bonjour %s,\n\nVotre dernière rencontre consignée avec %s remonte à\n17 jours (le %s). Le quotidien est parfois chargé, et\nc'est bien normal. Un court appel ou quelques courriels comptent aussi.\n\n"
                "Si vous vous êtes parlé, répondez simplement avec la date, par\nexemple :\n\nDate : mardi dernier\nDurée : 30 min\nMode : téléphone\n\n"
                "Si la période est chargée, prévenez %s et répondez-nous\navec une ligne comme celle-ci pour suspendre les rappels :\n\npause jusqu'au %s\n\n"
                "Nous sommes là si quelque chose vous freine." % (name, partner, lday, partner, pday))
    if kind == "digest":
        if en:
            return ("Your mentoring digest: you and %s" % partner,
                    "Hi %s,\n\nHere is where you and %s stand; the session ends on\nDecember 18.\n\nMEETINGS\n\n"
                    "Date: %s\nLength: 1 hour\nHow: video\nTopics: Your path into librarianship; Job applications: CV, cover letter, postings\n\n"
                    "Last meeting: %s, 9 days ago.\n\nGOALS\n%s's goals:\n1. Update my CV (short term): in progress\n2. Get a permanent position in an academic library (long term): not started\n\n"
                    "IDEAS FOR NEXT TIME\n%s\n\nFound an article, a webinar or a posting that %s might\nlike? Now is a good time to pass it along."
                    % (name, partner, lday, lday, partner, tl, partner))
        return ("Votre bilan de mentorat : %s et vous" % partner,
                "Bonjour %s,\n\nVoici où en sont vos échanges avec %s; la session se termine le\n18 décembre.\n\nRENCONTRES\n\n"
                "Date : %s\nDurée : 1 heure\nMode : vidéo\nSujets : Votre parcours en bibliothéconomie; Candidatures : CV, lettre de présentation, offres\n\n"
                "Dernière rencontre : le %s, il y a 9 jours.\n\nOBJECTIFS\nObjectifs de %s :\n1. Mettre à jour mon CV (court terme) : en cours\n2. Obtenir un poste permanent en bibliothèque universitaire (long terme) : pas commencé\n\n"
                "IDÉES POUR LA PROCHAINE FOIS\n%s\n\nVous avez repéré un article, un webinaire ou une offre qui pourrait\nintéresser %s? C'est le bon moment pour le transmettre."
                % (name, partner, lday, lday, partner, tl, partner))
    if kind == "confidentiality":
        if en:
            return ("Confidentiality: a word before you begin",
                    "Hi %s,\n\nGood mentoring rests on trust. We hope you and %s will feel\nfree to be honest about your careers, including the harder parts, like\nbeing the only visible minority on a team or dealing with\nmicroaggressions. For that, what you share stays between the two of\nyou.\n\n"
                    "Please don't repeat your partner's stories or details without their\nOK. If something comes up that you'd like advice on, you can always\nwrite to the committee in confidence: reply to this email and start\nwith \"Question:\". Only the committee reads it, never %s.\n\n"
                    "On our side: the notes you send us when logging a meeting are\nstored encrypted and shown only to you and %s. The\ncommittee sees dates, lengths and topics, never your notes.\n\nThank you for building a safe space together." % (name, partner, partner, partner))
        return ("Confidentialité : un mot avant de commencer",
                "Bonjour %s,\n\nUn bon mentorat repose sur la confiance. Nous espérons que %s\net vous pourrez parler franchement de vos carrières, y compris des\naspects plus difficiles, comme être la seule personne de minorité\nvisible d'une équipe ou faire face à des microagressions. C'est\npourquoi ce que vous vous confiez reste entre vous deux.\n\n"
                "Merci de ne pas répéter les histoires ou les renseignements de l'autre\nsans son accord. Si une situation vous préoccupe, vous pouvez toujours\nécrire au comité en toute confidentialité : répondez à ce courriel\nen commençant par « Question : ». Seul le comité le lira, jamais\n%s.\n\n"
                "De notre côté, les notes que vous nous envoyez en consignant une\nrencontre sont chiffrées et ne sont montrées qu'à %s et\nà vous. Le comité voit les dates, les durées et les sujets, jamais vos\nnotes.\n\nMerci de bâtir ensemble un espace de confiance." % (name, partner, partner, partner))
    raise ValueError(kind)

# ---------------------------------------------------------------- building replies
def _hm12(t):
    h = t.hour % 12 or 12
    return "%d:%02d %s" % (h, t.minute, "AM" if t.hour < 12 else "PM")


def quote_block(style, lang, psub, pbody, pfrom, psent, to):
    q = "\n".join(("> " + l) if l else ">" for l in pbody.split("\n"))
    en = lang == "en"
    if style == "none":
        return ""
    if style == "gmail":
        if en:
            return "On %s, %s %d, %d at %s %s wrote:\n%s" % (EN_DAYS[psent.weekday()], EN_MON[psent.month - 1], psent.day, psent.year, _hm12(psent), pfrom, q)
        return "Le %s %d %s %d, à %02d h %02d, %s a écrit :\n%s" % (FR_DAYS[psent.weekday()], psent.day, FR_MON[psent.month - 1], psent.year, psent.hour, psent.minute, pfrom, q)
    if style in ("apple", "iphone"):
        if en:
            return "> On %s %d, %d, at %s, %s wrote:\n> \n%s" % (EN_MON[psent.month - 1], psent.day, psent.year, _hm12(psent), pfrom, q)
        return "> Le %d %s %d à %02d:%02d, %s a écrit :\n> \n%s" % (psent.day, FR_MON[psent.month - 1], psent.year, psent.hour, psent.minute, pfrom, q)
    name = pfrom.split(" <")[0]
    if style in ("outlook", "original"):
        sep = "________________________________" if style == "outlook" else "-----Original Message-----"
        if en:
            sent = "%s, %s %d, %d %s" % (["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][psent.weekday()], EN_MONL[psent.month - 1], psent.day, psent.year, _hm12(psent))
            return "%s\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (sep, pfrom if style == "original" else name, sent, to, psub, pbody)
        sent = "%s %d %s %d %02d:%02d" % (["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"][psent.weekday()], psent.day, FR_MONL[psent.month - 1], psent.year, psent.hour, psent.minute)
        sep = "________________________________" if style == "outlook" else "-----Message d'origine-----"
        return "%s\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s" % (sep, name, sent, to, psub, pbody)
    raise ValueError(style)


def add(cid, lang, cat, prompt, tz, when, body, expect, note, sig="", quote="gmail", fmt="plain",
        frm=None, subject=None, headers=(), name="Alex", partner="Jordan", raw=None, utc_header=False,
        mobile=None, hdr_date=True):
    """when: 'YYYY-MM-DD HH:MM' local time in tz. body: the person's own text."""
    local = dt.datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
    if expect.get("meeting"):
        m = expect["meeting"]
        m["date"] = resolve(m["date"], local)
        m["next_meeting"] = resolve(m["next_meeting"], local)
    for c in expect.get("commands", []):
        c["until"] = resolve(c["until"], local)
    CASES.append(dict(id=cid, lang=lang, category=cat, prompt=prompt, tz=tz, note=note, expect=expect,
                      local=local, body=body, sig=sig, quote=quote, fmt=fmt, frm=frm, subject=subject,
                      headers=list(headers), name=name, partner=partner, raw=raw, utc_header=utc_header,
                      mobile=mobile))


def render(c):
    cid, lang, local = c["id"], c["lang"], c["local"]
    if c["raw"] is not None:
        return c["raw"]
    en = lang == "en"
    t = tok(cid)
    prog_name = "Mentorship Program" if en else "Programme de mentorat"
    prog = "%s <mentorat+%s@%s>" % (prog_name, t, PROG_DOMAIN)
    import unicodedata
    local_part = unicodedata.normalize("NFKD", c["name"].lower().split()[0]).encode("ascii", "ignore").decode()
    frm = c["frm"] or ("%s <%s.%s@example.ca>" % (c["name"], local_part, cid.replace("-", "")))
    femail = frm.split("<")[-1].rstrip(">")
    psent = (local - dt.timedelta(days=2)).replace(hour=9, minute=0)
    mid = "<%s.%s@%s>" % (t, c["prompt"] or "note", PROG_DOMAIN)
    if c["prompt"]:
        psub, pbody = program_mail(c["prompt"], lang, c["name"].split()[0], c["partner"], psent)
    else:
        psub, pbody = ("", "")
    subject = c["subject"] if c["subject"] is not None else (("RE: " if c["quote"] in ("outlook", "original") else "Re: ") + psub if psub else "")
    text = c["body"].strip("\n")
    if c["sig"]:
        text += "\n\n" + c["sig"].strip("\n")
    if c["mobile"]:
        text += "\n\n" + c["mobile"]
    qb = quote_block(c["quote"], lang, psub, pbody, prog, psent, frm) if c["prompt"] else ""
    fmt = c["fmt"]
    hdate_t = local.astimezone(dt.timezone.utc) if c["utc_header"] else local
    if not c["prompt"]:
        prog = "%s <mentorat@%s>" % (prog_name, PROG_DOMAIN)
    H = [("From", addr(*_split(frm))), ("To", prog), ("Subject", hdr_encode(subject)),
         ("Date", fmt_date_hdr(hdate_t)), ("Message-ID", "<%s@mail.example.ca>" % hashlib.md5(cid.encode()).hexdigest())]
    if c["prompt"]:
        H += [("In-Reply-To", mid), ("References", mid)]
    H += c["headers"]
    H.append(("MIME-Version", "1.0"))
    full = text + ("\n\n" + qb if qb else "")
    if fmt in ("plain", "qp", "b64", "flowed", "latin1"):
        if fmt == "plain":
            ct, cte, payload = 'text/plain; charset="UTF-8"', "8bit", full
            try:
                full.encode("ascii"); cte = "7bit"
            except UnicodeEncodeError:
                pass
        elif fmt == "qp":
            ct, cte, payload = 'text/plain; charset="UTF-8"', "quoted-printable", enc_qp(full)
        elif fmt == "latin1":
            ct, cte, payload = 'text/plain; charset="ISO-8859-1"', "quoted-printable", enc_qp(full, "iso-8859-1")
        elif fmt == "b64":
            ct, cte, payload = 'text/plain; charset="UTF-8"', "base64", enc_b64(full)
        else:
            ct, cte = 'text/plain; charset="UTF-8"; format=flowed; delsp=no', "8bit"
            payload = flow(full)
        H += [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
        return _join(H, payload)
    # html variants
    own = text_to_html(text)
    if fmt in ("html_gmail", "alt_gmail"):
        qh = ""
        if qb:
            first, rest = qb.split("\n", 1)
            inner = text_to_html("\n".join(l[2:] if l.startswith("> ") else l.lstrip(">") for l in rest.split("\n")))
            qh = '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (html_escape(first), inner)
        html = '<div dir="ltr">%s</div>%s' % (own, qh)
    else:  # html_outlook / alt_outlook
        qh = ""
        if qb:
            lines = qb.split("\n")
            hdrs = []
            i = 1
            while lines[i].strip():
                k, v = lines[i].split(":", 1) if ": " not in lines[i] else lines[i].split(": ", 1)
                hdrs.append("<b>%s:</b> %s" % (html_escape(k.rstrip(" ")), html_escape(v.strip())))
                i += 1
            qh = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                  '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font><div>&nbsp;</div></div><div>%s</div>'
                  % ("<br>\n".join(hdrs), text_to_html("\n".join(lines[i + 1:]))))
        html = '<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>%s' % (own, qh)
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>%s</body></html>' % html
    if fmt.startswith("html"):
        H += [("Content-Type", 'text/html; charset="UTF-8"'), ("Content-Transfer-Encoding", "quoted-printable")]
        return _join(H, enc_qp(html))
    b = "000000000000%s" % hashlib.md5(cid.encode()).hexdigest()[:16]
    H += [("Content-Type", 'multipart/alternative; boundary="%s"' % b)]
    payload = ("--%s\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n"
               "--%s\nContent-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--%s--\n"
               % (b, enc_qp(full), b, enc_qp(html), b))
    return _join(H, payload)


def _split(frm):
    if "<" in frm:
        n, e = frm.rsplit("<", 1)
        return n.strip().strip('"'), e.rstrip(">").strip()
    return "", frm


def _join(H, payload):
    s = "\n".join("%s: %s" % kv for kv in H) + "\n\n" + payload
    if not s.endswith("\n"):
        s += "\n"
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def write_all():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for c in CASES:
        raw = render(c)
        if isinstance(raw, str):
            raw = raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
        with open(os.path.join(OUT, c["id"] + ".eml"), "wb") as f:
            f.write(raw)
        j = {"id": c["id"], "lang": c["lang"], "category": c["category"], "prompt": c["prompt"], "tz": c["tz"],
             "note": c["note"], "expect": c["expect"]}
        with open(os.path.join(OUT, c["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(j, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("wrote", len(CASES), "cases")
