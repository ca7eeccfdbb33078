# Reads an iCalendar object with Debian's python3-icalendar and prints what a
# calendar client would show, as JSON: the method and each event's UID,
# SEQUENCE, STATUS, start and end in UTC, and attendees.
import json
import sys
from datetime import timezone

import icalendar

cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
out = {"method": str(cal.get("METHOD", "")), "events": []}
for ev in cal.walk("VEVENT"):
    def utc(name):
        v = ev.get(name)
        if v is None:
            return None
        d = v.dt
        if hasattr(d, "tzinfo") and d.tzinfo is not None:
            return d.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        return d.isoformat()
    att = ev.get("ATTENDEE") or []
    if not isinstance(att, list):
        att = [att]
    out["events"].append({
        "uid": str(ev.get("UID")),
        "sequence": int(ev.get("SEQUENCE", 0)),
        "status": str(ev.get("STATUS", "")),
        "start": utc("DTSTART"),
        "end": utc("DTEND"),
        "summary": str(ev.get("SUMMARY", "")),
        "attendees": [str(a) for a in att],
    })
print(json.dumps(out))
