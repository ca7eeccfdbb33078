from email.utils import format_datetime
import datetime as dt
from zoneinfo import ZoneInfo
def H(frm, subj, date, tz, extra=(), ct="text/plain; charset=utf-8"):
    y,mo,d,hh,mm = date
    h=[("From",frm),("To","mentormail <program@mentormail.ca>"),("Subject",subj),("Date",format_datetime(dt.datetime(y,mo,d,hh,mm,tzinfo=ZoneInfo(tz)))),
       ("Message-ID","<%d.%d@x.example>"%(y*10000+mo*100+d,hh*100+mm+len(subj))),("MIME-Version","1.0"),("Content-Type",ct),("Content-Transfer-Encoding","8bit")]
    return h+list(extra)
def K(cid, lang, tz, headers, payload, cls, note, body=None):
    d={"id":cid,"lang":lang,"tz":tz,"headers":headers,"payload":payload,"expect":{"class":cls},"note":note}
    return d
T="America/Toronto"; M="America/Toronto"; V="America/Vancouver"
AS=[("Auto-Submitted","auto-replied")]
CASES=[
K("cls-ooo-de-001","en",T,H("Jürgen Weiss <jweiss@uni-example.de>","Abwesenheitsnotiz: Check-in 2",(2026,11,10,8,0),T,AS),"Ich bin bis zum 20.11. nicht im Büro und habe keinen Zugriff auf meine E-Mails.","auto_reply","German out-of-office subject"),
K("cls-ooo-pl-001","en",T,H("Agnieszka Nowak <anowak@tpl.ca>","Odpowiedź automatyczna: Check-in 2",(2026,11,10,8,5),T,[("X-Auto-Response-Suppress","All")]),"Jestem na urlopie do 16 listopada.","auto_reply","Polish automatic reply"),
K("cls-ooo-cs-001","en",T,H("Petr Dvořák <pdvorak@example.cz>","Automatická odpověď: Check-in 2",(2026,11,10,9,0),T),"Dobrý den, jsem mimo kancelář do 18. 11.","auto_reply","Czech OOO, no headers"),
K("cls-ooo-es-001","en",V,H("Lucía Romero <lromero@vpl.ca>","Respuesta automática: Check-in 2",(2026,11,11,7,0),V,AS),"Estoy fuera de la oficina hasta el lunes 16 de noviembre.","auto_reply","Spanish OOO"),
K("cls-ooo-pt-001","en",T,H("João Ferreira <jferreira@example.ca>","Resposta automática: Ausente do escritório",(2026,11,11,7,30),T),"Estarei ausente até 23/11 com acesso limitado ao e-mail.","auto_reply","Portuguese OOO"),
K("cls-ooo-fr-001","fr",M,H("Lise Hébert <lhebert@banq.qc.ca>","Réponse automatique : Suivi 2 : une autre rencontre avec Morgan?",(2026,11,12,6,0),M,AS),"Je suis absente du bureau jusqu'au 23 novembre. Pour une urgence, écrivez à reference@banq.qc.ca.","auto_reply","French OOO"),
K("cls-ooo-en-001","en",T,H("Ken Adeyemi <kadeyemi@yorku.ca>","Out of Office: Check-in 2",(2026,11,12,6,0),T,[("List-Id","<staff.library.yorku.ca>")]),"I am away until November 23 with no access to email.","auto_reply","OOO carrying List-Id is still auto-reply"),
K("cls-ooo-en-002","en",T,H("Rita Sandhu <rsandhu@uoft.ca>","Away: Re: Check-in 2",(2026,11,12,6,10),T,[("Precedence","junk")]),"Thanks for your message. I'm on vacation until Nov 30 and will reply when I return.","auto_reply","OOO with Precedence: junk"),
K("cls-rcpt-001","en",T,H("IT Service Desk <servicedesk@uwaterloo.ca>","[Ticket #48213] We received your request",(2026,11,13,9,0),T,[("Auto-Submitted","auto-generated")]),"This is an automatic acknowledgement. Your request has been logged and a technician will respond within 2 business days.","auto_reply","automatic acknowledgement/receipt"),
K("cls-rcpt-002","fr",M,H("Accusé de réception <ne-pas-repondre@ville.quebec.qc.ca>","Accusé de réception : votre courriel",(2026,11,13,9,5),M),"Nous avons bien reçu votre message. Ceci est un accusé de réception automatique.","auto_reply","French automatic receipt"),
K("cls-rcpt-003","en",T,H("Read receipt <jdoe@example.ca>","Read: Check-in 2: have you met Morgan again?",(2026,11,13,9,10),T,ct='multipart/report; report-type=disposition-notification; boundary="b1"'),
  '--b1\nContent-Type: text/plain\n\nYour message was read on Friday, November 13, 2026.\n--b1\nContent-Type: message/disposition-notification\n\nFinal-Recipient: rfc822; jdoe@example.ca\nDisposition: manual-action/MDN-sent-manually; displayed\n--b1--\n',"auto_reply","read receipt (MDN)"),
K("cls-bnc-001","en",T,H("Mail Delivery Subsystem <MAILER-DAEMON@mx.example.ca>","Undelivered Mail Returned to Sender",(2026,11,14,3,0),T,ct='multipart/report; report-type=delivery-status; boundary="b2"'),
  '--b2\nContent-Type: text/plain\n\nThis is the mail system. Your message could not be delivered to one or more recipients.\n\n<oldaddress@example.ca>: 550 5.1.1 User unknown\n--b2\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.ca\n\nFinal-Recipient: rfc822; oldaddress@example.ca\nAction: failed\nStatus: 5.1.1\n--b2--\n',"bounce","classic DSN"),
K("cls-bnc-002","en",T,H("no-reply@notifications.example.com","Delivery Status Notification (Failure)",(2026,11,14,3,5),T),"Delivery to the following recipient failed permanently:\n\n     pmorris@oldlibrary.ca\n\nThe recipient's mailbox is full. 552 5.2.2","bounce","bounce from a no-reply sender, no DSN part"),
K("cls-bnc-003","en",T,H("MAILER-DAEMON","failure notice",(2026,11,14,3,10),T),"Hi. This is the qmail-send program. I'm afraid I wasn't able to deliver your message.\n<x@gone.ca>: Sorry, no mailbox here by that name. (#5.1.1)","bounce","From without '@'"),
K("cls-bnc-004","fr",M,H("Postmaster <postmaster@cegep.qc.ca>","Non remis : Suivi 2",(2026,11,14,4,0),M),"Votre message n'a pas pu être remis à ces destinataires : abc@cegep.qc.ca. Adresse introuvable.","bounce","French bounce (Outlook)"),
K("cls-bulk-001","en",T,H("OLA News <no-reply@accessola.com>","November newsletter: Super Conference registration opens",(2026,11,15,10,0),T),"Registration is now open! ... To stop receiving these emails, unsubscribe here: https://accessola.com/unsubscribe","bulk","newsletter without list headers: unsubscribe link, no-reply"),
K("cls-bulk-002","en",T,H("LinkedIn <notifications-noreply@linkedin.com>","You appeared in 9 searches this week",(2026,11,15,10,5),T),"See who's looking at your profile. Unsubscribe | Help","bulk","notification without list headers"),
K("cls-bulk-003","en",T,H("CAPAL list <capal-l@lists.example.ca>","[CAPAL-L] Call for proposals",(2026,11,15,10,10),T,[("List-Id","<capal-l.lists.example.ca>"),("Auto-Submitted","auto-generated"),("List-Unsubscribe","<mailto:leave-capal-l@lists.example.ca>")]),"Call for proposals for the spring conference.","bulk","list mail with Auto-Submitted: auto-generated is bulk"),
K("cls-bulk-004","fr",M,H("Bibliothèque et Archives nationales <infolettre@banq.qc.ca>","Infolettre de novembre",(2026,11,15,11,0),M),"Découvrez nos nouveautés. Pour vous désabonner, cliquez ici.","bulk","infolettre sans en-têtes de liste"),
K("cls-bulk-005","en",T,H("Zoom <no-reply@zoom.us>","Cloud Recording - Mentoring chat is now available",(2026,11,16,12,0),T),"Your cloud recording is now available. Meeting: Mentoring chat. Date: Nov 16, 2026.","bulk","notification mentioning a meeting is not a person's reply"),
]
def R(cid, lang, tz, frm, subj, date, body, extra, exp, note):
    h=H(frm,subj,date,tz,extra)
    d=K(cid,lang,tz,h,body,"reply",note)
    d["expect"]=exp; d["body"]=body
    return d
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import E, M as MM, K as KK
CASES += [
R("cls-person-001","en",T,"Ada Kowalski <akowalski@tpl.ca>","Re: Check-in 2: have you met Morgan again?",(2026,11,17,9,0),"Thanks for the automatic reminder! Yes, we met yesterday on Zoom for 30 minutes.",[("X-Autoreply","")],E(MM("2026-11-16",30,"video",[]),has=["we met yesterday"]),"empty X-Autoreply header and the word 'automatic' do not make an auto-reply"),
R("cls-person-002","en",T,"Ben Osei <bosei@uoft.ca>","Re: Out of office",(2026,11,17,9,30),"I was out of office last week, sorry - could you pause me until Nov 30?",[],E(commands=[KK("pause","2026-11-30")],has=["could you pause me"]),"person writes about being out of office"),
R("cls-person-003","fr",M,"Claire Dupuis <cdupuis@ulaval.ca>","Re: Accusé de réception",(2026,11,17,10,0),"Je confirme la réception de votre courriel. On s'est parlé hier au téléphone, 20 minutes.",[],E(MM("2026-11-16",20,"phone",[]),has=["On s'est parlé hier"]),"personne qui écrit 'accusé de réception' mais répond vraiment"),
R("cls-person-004","en",V,"Dev Patel <dpatel@ubc.ca>","Re: Delivery failure?",(2026,11,18,9,0),"I think my last message bounced - did you get my meeting log? We met Monday in person for an hour.",[],E(MM("2026-11-16",60,"in_person",[]),question=True,has=["my last message bounced"]),"person mentions a bounce; asks"),
R("cls-person-005","en",T,"Noreen Shaw <noreply.shaw@gmail.com>","Re: Check-in 2",(2026,11,18,11,0),"Not yet, but we are meeting next week. Unsubscribe me from the digest please.",[],E(commands=[KK("digest_off")],has=["meeting next week"]),"person with 'noreply' in local part, mentions unsubscribe"),
]

CASES += [
K("cls-ooo-it-001","en",T,H("Giulia Conti <gconti@example.it>","Risposta automatica: Check-in 2",(2026,11,19,8,0),T,AS),"Sono fuori ufficio fino al 30 novembre.","auto_reply","Italian OOO"),
K("cls-ooo-nl-001","en",T,H("Pieter de Vries <pdevries@example.nl>","Automatisch antwoord: Check-in 2",(2026,11,19,8,10),T),"Ik ben afwezig tot en met 27 november.","auto_reply","Dutch OOO without headers"),
K("cls-ooo-fr-002","fr",M,H("Diane Côté <dcote@cegep.qc.ca>","Absence du bureau",(2026,11,19,8,20),M,[("X-Autoreply","yes"),("Precedence","bulk")]),"Bonjour, je suis en vacances jusqu'au 1er décembre. Merci de votre patience.","auto_reply","OOO avec Precedence: bulk reste auto-reply"),
K("cls-rcpt-004","fr",M,H("Soutien informatique <soutien-noreply@ulaval.ca>","Votre demande #77120 a été reçue",(2026,11,19,9,0),M),"Ceci est un message automatique. Votre demande a été enregistrée; un membre de l'équipe vous répondra sous peu. Merci de ne pas répondre à ce message.","auto_reply","accusé de réception automatique sans en-tête"),
K("cls-bnc-005","en",V,H("noreply@mail-relay.example.net","Returned mail: see transcript for details",(2026,11,20,2,0),V),"The original message was received at Fri, 20 Nov 2026 02:00:11 -0800\n\n   ----- The following addresses had permanent fatal errors -----\n<t.nguyen@oldcollege.bc.ca>\n    (reason: 550 Mailbox unavailable)","bounce","sendmail bounce from no-reply relay"),
K("cls-bulk-006","fr",M,H("ABRC webinaires <ne-pas-repondre@abrc.example.ca>","Rappel : webinaire jeudi à 13 h",(2026,11,20,9,0),M),"Vous êtes inscrit au webinaire « Données ouvertes ». Gérer vos préférences de courriel | Se désabonner","bulk","notification de webinaire sans en-têtes de liste"),
K("cls-bulk-007","en","America/Halifax",H("Eventbrite <noreply@order.eventbrite.com>","Reminder: APLA Fall Meetup is tomorrow",(2026,11,20,10,0),"America/Halifax"),"Your event is tomorrow at 6:00 PM. View your ticket. Unsubscribe from event reminders.","bulk","event reminder notification"),
]
CASES += [
R("cls-person-006","fr",M,"Josiane Roy <jroy@biblio.qc.ca>","Re: Suivi 2 : une autre rencontre avec Morgan?",(2026,11,20,11,0),"Je serai absente du bureau la semaine prochaine, mais je voulais vous dire qu'on s'est rencontrées hier en personne, 45 minutes.",[],E(MM("2026-11-19",45,"in_person",[]),has=["absente du bureau la semaine prochaine"]),"personne qui parle de son absence, pas un message automatique"),
R("cls-person-007","en",T,"Marcus Bell <marcus.bell@ottawa.ca>","Re: Auto-reply",(2026,11,20,12,0),"Sorry, my auto-reply went off by mistake. I'm here! We met Tuesday by phone, half an hour.",[("X-Autoreply","")],E(MM("2026-11-17",30,"phone",[]),has=["my auto-reply went off by mistake"]),"person explaining an auto-reply; empty X-Autoreply header"),
]
