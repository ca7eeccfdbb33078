import hashlib
from mk import *
from people import P, PARTNERS_EN, PARTNERS_FR

SIG_NOT = {
 "priya": ["Musqueam, Squamish and Tsleil-Waututh", "Reference Librarian, Central Branch"],
 "daniel": ["MLIS Candidate"], "mei": ["CONFIDENTIALITY NOTICE", "Treaty 1 Territory"],
 "amara": ["ancestral and unceded territory", "Library Technician II"], "rohan": ["Systems Librarian"],
 "fatima": ["Branch Head, Parkdale Branch", "may contain confidential information"], "kwame": [], "grace": [],
 "arjun": ["Treaty 7 region", "Liaison Librarian, Engineering"], "hana": ["Archivist, Special Collections"],
 "samira": ["DISCLAIMER", "Collections Librarian"], "tunde": ["Outreach Coordinator"],
 "nadia": ["AVIS DE CONFIDENTIALITÉ", "Bibliothécaire de référence"], "jp": ["Technicien en documentation"],
 "marie": ["territoire traditionnel non cédé", "Bibliothèque des lettres et sciences humaines"],
 "youssef": ["Étudiant à la maîtrise"], "sophie": ["Chef de section"], "chantal": ["Bibliothèque Champlain"],
 "aicha": ["Bibliothécaire aux services techniques"], "luc": ["Traité no 1"], "ines": [],
 "thanh": ["Agente de bibliothèque", "Ce message est confidentiel"], "karim": ["Conseiller en documentation"], "rosalie": [],
}
QUOTE_NOT = {
 ("en", "checkin"): "Looking for something to talk about next", ("en", "goals_prompt"): "Add as many lines as you like",
 ("en", "wrapup"): "help us plan the next session", ("en", "midsession"): "The committee reads every message",
 ("en", "nudge"): "Life gets busy, and that's fine", ("en", "digest"): "You get this digest every two weeks",
 ("en", "confidentiality"): "Thank you for keeping this a safe space", ("en", "introduction"): "Welcome to the session",
 ("fr", "checkin"): "Besoin d'idées pour la prochaine fois", ("fr", "goals_prompt"): "Ajoutez autant de lignes que vous le voulez",
 ("fr", "wrapup"): "nous aideront à préparer la", ("fr", "midsession"): "Le comité lit tous les messages",
 ("fr", "nudge"): "Nous sommes là si quelque chose vous freine", ("fr", "digest"): "Vous recevez ce bilan toutes les deux semaines",
 ("fr", "confidentiality"): "Merci de faire de ce programme un espace sûr", ("fr", "introduction"): "Bienvenue dans la session",
}
CASES = []

def case(cid, cat, prompt, who, sent, body, exp, note, **kw):
    name, first, addr, tz, sig = P[who]
    lang = cid[:2]
    h = int(hashlib.sha1(cid.encode()).hexdigest(), 16)
    partner = (PARTNERS_EN if lang == "en" else PARTNERS_FR)[h % 8]
    c = dict(id=cid, lang=lang, category=cat, prompt=prompt, tz=kw.pop("tz", tz), sent=sent, body=body,
             name=name, first=first, addr=addr, partner=partner, note=note)
    if kw.pop("nosig", False):
        sig = ""
    c["sig"] = kw.pop("sig", sig)
    c.update(kw)
    extra_not = []
    if c["sig"] and c["sig"] == sig:
        extra_not += SIG_NOT[who]
    if not c.get("noquote"):
        extra_not.append(QUOTE_NOT[(lang, prompt or "checkin")])
    if c.get("style") == "iphone":
        extra_not.append("Sent from my iPhone" if lang == "en" else "Envoyé de mon iPhone")
    exp = dict(exp)
    exp["reply_text_not"] = list(exp.get("reply_text_not", [])) + [x for x in extra_not if x not in exp.get("reply_text_not", [])]
    c["expect"] = exp
    CASES.append(c)
