import os, sys, json, base64, quopri
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
sys.path.insert(0, os.path.dirname(__file__))
from cases_data import EN, FR
OUT = os.path.join(os.path.dirname(__file__), '..', 'cases')
TZ = [("America/Toronto",-5),("America/Vancouver",-8),("America/Halifax",-4),("America/Winnipeg",-6),("America/St_Johns",-3.5)]
GOALS = {
 "whether the goals are shared with the committee":[{"ref":"1","status":"new","horizon":"short","title_has":"cv"},{"ref":"2","status":"new","horizon":"long","title_has":"management"}],
 "finish my MLIS capstone":[{"ref":"","status":"new","horizon":"short","title_has":"capstone"},{"ref":"","status":"new","horizon":"long","title_has":"systems librarian"}],
 "partagés avec le comité":[{"ref":"1","status":"new","horizon":"short","title_has":"cv"},{"ref":"2","status":"new","horizon":"long","title_has":"gestionnaire"}],
 "terminer mon projet de fin":[{"ref":"","status":"new","horizon":"short","title_has":"projet"},{"ref":"","status":"new","horizon":"long","title_has":"bibliothécaire"}],
}
SUBJ = {"en":{"checkin":"Check-in 3: have you met Alex again?","nudge":"A quick nudge from the mentorship program","introduction":"Meet your mentorship partner","goals_prompt":"Your goals for this session","wrapup":"Wrap-up survey: how did the session go?","midsession":"Mid-session survey","digest":"Your mentorship digest","confidentiality":"A reminder about confidentiality"},
        "fr":{"checkin":"Suivi 3 : avez-vous revu Alex?","nudge":"Un petit rappel du programme de mentorat","introduction":"Voici votre partenaire de mentorat","goals_prompt":"Vos objectifs pour cette session","wrapup":"Sondage de fin de session","midsession":"Sondage de mi-session","digest":"Votre résumé de mentorat","confidentiality":"Un rappel sur la confidentialité"}}
QUOTE = {"en":"Hi {n},\n\nTime for check-in 3! You and Alex have logged 2 meetings so far.\nHave you met again since? Reply to this email and tell us.\nSending your questions a few days ahead gives your partner time to think them over.\n\nThank you!\nThe Mentorship Committee",
         "fr":"Bonjour {n},\n\nC'est le moment du suivi 3! Vous et Alex avez consigné 2 rencontres.\nVous êtes-vous revus depuis? Répondez à ce courriel pour nous le dire.\nEnvoyer vos questions quelques jours d'avance laisse à votre partenaire le temps d'y penser.\n\nMerci!\nLe comité de mentorat"}
NAMES = {"en":["Sam Patel","Jordan Lee","Morgan Tremblay","Avery Chen","Riley O'Brien","Casey Nguyen"],"fr":["Sophie Gagnon","Julien Roy","Marie-Ève Bouchard","Mathieu Côté","Isabelle Pelletier","Karine Lavoie"]}
SIG = {"en":[("Sam Patel\nReference Librarian | Ottawa Public Library","Reference Librarian"),
             ("--\nJordan Lee, MLIS\nSystems Librarian, UBC Library\nWe acknowledge that UBC's Point Grey campus is on the traditional, ancestral, and unceded territory of the Musqueam people.","traditional, ancestral, and unceded"),
             ("Sent from my iPhone","Sent from my iPhone"),
             ("Avery\n\nCONFIDENTIALITY NOTICE: This e-mail is intended only for the named recipient and may contain privileged information. If you received it in error, please delete it.","intended only for the named recipient")],
       "fr":[("Sophie Gagnon\nBibliothécaire de référence | BAnQ","Bibliothécaire de référence"),
             ("--\nJulien Roy\nTechnicien en documentation, Cégep de Sherbrooke\nNous reconnaissons que nous sommes sur le territoire non cédé de la nation abénakise.","territoire non cédé"),
             ("Envoyé de mon iPhone","Envoyé de mon iPhone"),
             ("Marie-Ève\n\nAVIS DE CONFIDENTIALITÉ : Ce courriel est destiné uniquement à son destinataire et peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez le détruire.","destiné uniquement à son destinataire")]}
def crlf(s): return s.replace("\r\n","\n").replace("\n","\r\n")
def build(i, lang, prompt, text, tzi, sigi, style):
    tzname, off = TZ[tzi]
    d = datetime(2026,11,25,10,15+i%40, tzinfo=timezone(timedelta(hours=off)))
    if prompt=="wrapup" or prompt=="midsession": pass
    name = NAMES[lang][{"en":[0,1,4,3],"fr":[0,1,4,2]}[lang][sigi] if sigi!=2 else 4+i%2]; sig, sigmark = SIG[lang][sigi]
    q = QUOTE[lang].format(n=name.split()[0])
    datestr = "Mon, 23 Nov 2026 at 09:00" if lang=="en" else "lun. 23 nov. 2026 à 09 h 00"
    if style==0:
        hdr = f"On {datestr}, Mentorship Program <program@mentormail.ca> wrote:" if lang=="en" else f"Le {datestr}, Programme de mentorat <program@mentormail.ca> a écrit :"
        quoted = hdr+"\n"+"\n".join("> "+l if l else ">" for l in q.split("\n"))
    elif style==1:
        if lang=="en": quoted = "From: Mentorship Program <program@mentormail.ca>\nSent: Monday, November 23, 2026 9:00 AM\nTo: "+name+"\nSubject: "+SUBJ[lang].get(prompt,"")+"\n\n"+q
        else: quoted = "De : Programme de mentorat <program@mentormail.ca>\nEnvoyé : 23 novembre 2026 09:00\nÀ : "+name+"\nObjet : "+SUBJ[lang].get(prompt,"")+"\n\n"+q
    else:
        quoted = "-----Original Message-----\nFrom: program@mentormail.ca\nSent: November 23, 2026 9:00 AM\nSubject: "+SUBJ[lang].get(prompt,"")+"\n\n"+q
    body = text+"\n\n"+sig+"\n\n"+quoted+"\n"
    m = EmailMessage()
    email_addr = name.lower().replace(" ",".").replace("'","").encode("ascii","ignore").decode()
    import unicodedata
    email_addr = unicodedata.normalize("NFKD", name.lower().replace(" ",".").replace("'","")).encode("ascii","ignore").decode()
    m["From"] = f"{name} <{email_addr}@example.ca>"
    m["To"] = "program+r%d@mentormail.ca" % (1000+i)
    m["Subject"] = ("RE: " if lang=="en" else "RE : ")+SUBJ[lang].get(prompt,"")
    m["Date"] = format_datetime(d)
    m["Message-ID"] = f"<t8-{i}@example.ca>"
    m["In-Reply-To"] = f"<prog-{i}@mentormail.ca>"
    cte = ["quoted-printable","base64","8bit"][i%3]
    if style==2 and i%2==0:
        html = "<div>"+ "<br>".join(text.split("\n"))+"</div><div><br></div><div>"+"<br>".join(sig.split("\n"))+"</div><div class=\"gmail_quote\"><blockquote class=\"gmail_quote\">"+"<br>".join(q.split("\n"))+"</blockquote></div>"
        m.set_content(html, subtype="html", charset="utf-8", cte=cte if cte!="8bit" else "quoted-printable")
    else:
        cs = "utf-8"
        if lang=="fr" and i%10==5:
            try: body.encode("iso-8859-1"); cs="iso-8859-1"
            except UnicodeEncodeError: pass
        m.set_content(body, charset=cs, cte=cte if cs=="utf-8" else "quoted-printable")
    raw = m.as_bytes(policy=m.policy.clone(linesep="\r\n"))
    return raw, tzname, sigmark, d
def main():
    os.makedirs(OUT, exist_ok=True)
    n=0; counts={}
    for lang, lst in (("en",EN),("fr",FR)):
        for j, c in enumerate(lst):
            prompt, text, q, meet, cmds, has = c[:6]; warn = c[6] if len(c)>6 else False
            i = n; n+=1
            cid = "t8-%s-%03d" % (lang, j+1)
            sigi = (j*7)%4; style = j%3; tzi = (j*3)%5
            raw, tzname, sigmark, d = build(i, lang, prompt, text, tzi, sigi, style)
            goals = GOALS.get(has, [])
            cat = "goals" if goals and not q else "question"
            commands = [{"name":a,"until":b,"value":v} for a,b,v in cmds]
            if q: qn = 'question true: "%s" asks the program/committee for an answer or help, without the word question' % has
            elif commands and not meet and commands[0]["name"] not in ("rating",): qn = 'question false: the request is itself a command (%s), nothing left to answer' % commands[0]["name"]
            else: qn = 'question false: "%s" is rhetorical, reported from the meeting, addressed to the partner, or thanks' % has
            note = qn + "; " + ("logs a meeting" if meet else "no meeting logged") + (("; commands: "+",".join(x["name"] for x in commands)) if commands else "") + ("; vague date so warn" if warn else "") + "."
            exp = {"class":"reply","meeting":meet,"goals":goals,"commands":commands,"question":q,"warn":warn,"reply_text_has":[has],"reply_text_not":[sigmark]}
            js = {"id":cid,"lang":lang,"category":cat,"prompt":prompt,"tz":tzname,"note":note,"expect":exp}
            open(os.path.join(OUT,cid+".eml"),"wb").write(raw)
            json.dump(js, open(os.path.join(OUT,cid+".json"),"w",encoding="utf-8"), ensure_ascii=False, indent=2)
            counts[(lang,cat)] = counts.get((lang,cat),0)+1
    extra(counts)
    print(counts)
def extra(counts):
    # classification cases
    specs = [
      ("t8-en-c01","en","auto_reply","Out of Office: RE: Check-in 3","I am out of the office until December 7 with limited access to email. For urgent matters please contact reference@library.ca.",{"Auto-Submitted":"auto-replied","X-Autoreply":"yes"},"Out-of-office with Auto-Submitted: auto-reply."),
      ("t8-fr-c01","fr","auto_reply","Réponse automatique : RE : Suivi 3","Je suis absente du bureau jusqu'au 7 décembre. Pour toute urgence, écrivez à reference@biblio.qc.ca.",{"Auto-Submitted":"auto-replied"},"Message d'absence automatique."),
      ("t8-en-c02","en","bulk","OLA Super Conference early-bird rates end soon","Register now for the Super Conference. To unsubscribe from these emails click here: https://example.org/unsub",{"List-Id":"<news.ola.example.org>","Precedence":"bulk","List-Unsubscribe":"<https://example.org/unsub>"},"Newsletter with list headers is bulk."),
      ("t8-fr-c02","fr","bulk","Infolettre de la CBPQ - décembre","Les nouvelles du mois. Pour vous désabonner, cliquez ici : https://example.org/desabo",{"List-Id":"<infolettre.cbpq.example.org>","Precedence":"bulk"},"Infolettre avec en-têtes de liste : bulk."),
    ]
    for cid, lang, cls, subj, body, hdrs, note in specs:
        m = EmailMessage()
        m["From"] = ("Riley O'Brien <riley.obrien@example.ca>" if cls=="auto_reply" and lang=="en" else "Karine Lavoie <karine.lavoie@example.ca>" if cls=="auto_reply" else "News <news@example.org>")
        m["To"] = "program+r999@mentormail.ca"; m["Subject"] = subj
        m["Date"] = format_datetime(datetime(2026,11,26,8,0,tzinfo=timezone(timedelta(hours=-5))))
        m["Message-ID"] = f"<{cid}@example.ca>"
        for k,v in hdrs.items(): m[k]=v
        m.set_content(body, charset="utf-8")
        open(os.path.join(OUT,cid+".eml"),"wb").write(m.as_bytes(policy=m.policy.clone(linesep="\r\n")))
        js={"id":cid,"lang":lang,"category":"classification","prompt":"checkin" if cls=="auto_reply" else "","tz":"America/Toronto","note":note,"expect":{"class":cls}}
        json.dump(js, open(os.path.join(OUT,cid+".json"),"w",encoding="utf-8"), ensure_ascii=False, indent=2)
        counts[(lang,"classification")] = counts.get((lang,"classification"),0)+1
main()
