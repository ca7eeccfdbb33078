TZ = {"V": "America/Vancouver", "T": "America/Toronto", "H": "America/Halifax", "W": "America/Winnipeg", "N": "America/St_Johns", "M": "America/Toronto", "E": "America/Edmonton"}

def M(date, minutes=None, mode=None, topics=(), nxt=None):
    return {"date": date, "minutes": minutes, "mode": mode, "next_meeting": nxt, "topics_include": list(topics)}

def G(status, horizon="", title=None, ref=""):
    g = {"ref": ref, "status": status, "horizon": horizon}
    if title:
        g["title_has"] = title
    return g

def K(name, until=None, value=None):
    return {"name": name, "until": until, "value": value}

def E(meeting=None, goals=(), commands=(), question=False, warn=False, has=(), not_=(), count=None):
    e = {"class": "reply", "meeting": meeting, "goals": list(goals), "commands": list(commands),
         "question": question, "warn": warn, "reply_text_has": list(has), "reply_text_not": list(not_)}
    if count:
        e["meetings_count"] = count
    return e

def C(lang, cid, tz, date, sender, body, expect, note, **kw):
    cat = {"meet":"meeting","top":"topics","goal":"goals","cmd":"commands","q":"question","nm":"not_meeting","rt":"reply_text"}[cid.split("-")[1]]
    d = {"id": cid, "lang": lang, "cat": cat, "tz": TZ[tz], "date": tuple(int(x) for x in date.replace("-", " ").replace(":", " ").split()),
         "sender": sender, "body": body, "expect": expect, "note": note}
    d.update(kw)
    return d
