from build import *
TO, VAN, HFX, WPG, STJ = "America/Toronto", "America/Vancouver", "America/Halifax", "America/Winnipeg", "America/St_Johns"

WRAP_EN = """Hi, answers below!

On Mon, Nov 23, 2026 at 7:00 AM Mentorship Program <mentorat@bibliomentorat.ca> wrote:
> Hi Noor,
>
> The session has come to an end. Thank you for the time and care you
> gave it with Patricia: 4 meetings logged and 2 goals reached.
>
> We'd love to hear how it went. Reply to this email, give a rating
> from 1 (not great) to 5 (excellent), and write your answers under
> each question; skip any you like.
>
> Rating:
4
> What worked well?
Having a standing time every other Thursday, so we never had to scramble to book anything.
> What could be better?
Maybe a few more topic ideas aimed at mentors.
> Would you take part again, perhaps one day as a mentor?
Yes, definitely.
> Anything else for the committee?
>
> Answers by Thursday, December 3, 2026 help us plan the next session.
>
> Your answers go to the committee only. Feel free to keep in touch
> with Patricia: many pairs do."""

WRAP_FR = """Bonjour, mes réponses sont dans le texte.

Le lun. 23 nov. 2026, à 07 h 00, Programme de mentorat <mentorat@bibliomentorat.ca> a écrit :
> Bonjour Stéphanie,
>
> La session est terminée. Merci pour le temps et l'attention que vous
> y avez consacrés avec Marc : 3 rencontres consignées et
> 1 objectif atteint.
>
> Nous aimerions savoir comment ça s'est passé. Répondez à ce courriel,
> donnez une note de 1 (décevant) à 5 (excellent) et écrivez vos
> réponses sous chaque question; sautez celles que vous voulez.
>
> Évaluation :
5
> Qu'est-ce qui a bien fonctionné?
Marc était toujours disponible et très à l'écoute.
> Qu'est-ce qui pourrait être amélioré?
Rien à signaler.
> Aimeriez-vous participer de nouveau, un jour comme personne mentore?
Oui!
> Autre chose à dire au comité?
>
> Vos réponses ne sont lues que par le comité. Et n'hésitez pas à garder
> le contact avec Marc : bien des duos le font."""

def cases():
    L = []
    L.append(reply("i6-cmd-01", "en", "commands", "nudge", TO, "2026-10-26 09:10",
        ("Ayesha Rahman", "ayesha.rahman@brocku.ca"),
        """Hi,

I'm back from parental leave as of today, so please start sending the reminders again. I'll reach out to Lorraine this week to set something up.

Ayesha""",
        "'I'm back ... start sending the reminders again' = resume; the planned contact is not a meeting.",
        style="outlook", partner="Lorraine", commands=[C("resume")],
        sig="Ayesha Rahman\nResearch & Instruction Librarian\nBrock University Library",
        has=["I'm back from parental leave as of today"], rnot=["Research & Instruction Librarian"]))
    L.append(reply("i6-cmd-02", "en", "commands", "nudge", VAN, "2026-11-20 14:30",
        ("Jun Nakamura", "jun.nakamura@ubc.ca"),
        """Could you hold off on the reminders until January 10? End of term is brutal and Kenji knows I'm out of commission until then.""",
        "A pause asked as a question: pause until 2027-01-10.",
        style="gmail", partner="Kenji", commands=[C("pause", "2027-01-10")],
        has=["Could you hold off on the reminders until January 10?"]))
    L.append(reply("i6-cmd-03", "en", "commands", "checkin", HFX, "2026-11-25 10:00",
        ("Precious Nwosu", "precious.nwosu@unb.ca"),
        """Hello,

My practicum wraps up on December 18 and I'm underwater until then, so can you pause my emails until then? Ngozi and I will pick things up after.

Thanks""",
        "'until then' refers to December 18 earlier in the sentence: pause until 2026-12-18.",
        style="gmail", partner="Ngozi", commands=[C("pause", "2026-12-18")],
        has=["My practicum wraps up on December 18"]))
    L.append(reply("i6-cmd-04", "en", "commands", "wrapup", TO, "2026-11-25 20:15",
        ("Noor Ahmadi", "noor.ahmadi@guelph.ca"),
        WRAP_EN,
        "Rating 4 answered inline under the quoted 'Rating:'; 'every other Thursday' is a habit, not a meeting.",
        style="inline", partner="Patricia", commands=[C("rating", value=4)],
        has=["Having a standing time every other Thursday"], rnot=["Your answers go to the committee only"], quote_phrase=False))
    L.append(reply("i6-cmd-05", "en", "commands", "checkin", WPG, "2026-11-06 11:50",
        ("Faisal Karim", "faisal.karim@umanitoba.ca"),
        """Oops, I think I logged our meeting twice (I replied from my phone and then again from my laptop). Can you undo the last one?""",
        "An undo asked as a question.",
        style="iphone", partner="Gordon", commands=[C("undo")],
        has=["Can you undo the last one?"], rnot=["Sent from my iPhone"]))
    L.append(reply("i6-cmd-06", "en", "commands", "checkin", STJ, "2026-11-02 13:20",
        ("Meera Pillai", "meera.pillai@gmail.com"),
        """Hi,

I've accepted a job overseas and I'm moving at the end of the month, so I won't be able to continue. Please take me out of the program. Thank you for everything, and I've let Siobhan know.

Meera""",
        "A clear request to leave the program = stop.",
        style="gmail", partner="Siobhan", commands=[C("stop")],
        has=["Please take me out of the program"]))
    L.append(reply("i6-cmd-07", "en", "commands", "nudge", TO, "2026-11-13 08:35",
        ("Victor Owusu", "victor.owusu@sheridancollege.ca"),
        """Hi, could you send fewer reminders? Once a month would be plenty for me. Marlene and I are in touch regularly, we just don't always log it right away.""",
        "Asks for fewer reminders (not leave, not pause); 'in touch regularly' is a habit.",
        style="outlook", partner="Marlene", commands=[C("fewer_reminders")],
        sig="Victor Owusu\nLibrary Services Technician, Sheridan College",
        has=["could you send fewer reminders?"], rnot=["Library Services Technician, Sheridan College"]))
    L.append(reply("i6-cmd-08", "en", "commands", "digest", VAN, "2026-11-16 16:05",
        ("Patricia Gomez", "pgomez@fvrl.bc.ca"),
        """Hello,

I don't really need the fortnightly digest, please turn it off. Happy to keep getting the check-ins.

Patricia""",
        "Mentor asks for the digest to be turned off = digest_off.",
        style="outlook", partner="Lan", role="mentor", commands=[C("digest_off")],
        sig="Patricia Gomez\nCommunity Librarian, Fraser Valley Regional Library\nFVRL acknowledges that we live, work and play on the traditional territories of the Sto:lo and Coast Salish peoples.",
        has=["please turn it off"], rnot=["we live, work and play on the traditional territories"]))
    L.append(reply("i6-cmd-09", "en", "commands", "checkin", HFX, "2026-10-20 12:00",
        ("Emmanuel Asante", "emmanuel.asante@upei.ca"),
        """help""",
        "A one-word reply 'help' = the help command.",
        style="gmail", partner="Cynthia", commands=[C("help")],
        has=["help"]))
    L.append(reply("i6-cmd-10", "en", "commands", "nudge", TO, "2026-11-10 15:25",
        ("Hui Zhang", "hui.zhang@mcmaster.ca"),
        """Please pause me, I'm busy until Nov 30 with our accreditation visit. Grace knows.""",
        "A pause with 'busy until Nov 30' = pause until 2026-11-30.",
        style="apple", partner="Grace", commands=[C("pause", "2026-11-30")],
        has=["I'm busy until Nov 30"]))
    # ---- French
    L.append(reply("i6-cmd-11", "fr", "commands", "nudge", TO, "2026-11-02 09:00",
        ("Josiane Bazin", "josiane.bazin@biblio.longueuil.ca"),
        """Bonjour,

De retour de mon congé de maladie aujourd'hui, vous pouvez reprendre les rappels. Je vais écrire à Martine cette semaine.

Josiane""",
        "« De retour ... vous pouvez reprendre les rappels » = resume.",
        style="outlook", partner="Martine", commands=[C("resume")],
        sig="Josiane Bazin\nAide-bibliothécaire\nBibliothèques de Longueuil",
        has=["vous pouvez reprendre les rappels"], rnot=["Aide-bibliothécaire"]))
    L.append(reply("i6-cmd-12", "fr", "commands", "checkin", TO, "2026-11-26 12:40",
        ("Inès Haddad", "ines.haddad@umontreal.ca"),
        """Bonjour, est-ce possible de suspendre les rappels jusqu'au 15 janvier? Je suis en pleine période d'examens et Claude est au courant.""",
        "Une pause demandée sous forme de question : jusqu'au 2027-01-15.",
        style="gmail", partner="Claude", commands=[C("pause", "2027-01-15")],
        has=["suspendre les rappels jusqu'au 15 janvier"]))
    L.append(reply("i6-cmd-13", "fr", "commands", "nudge", TO, "2026-11-23 16:20",
        ("Véronique Luong", "veronique.luong@cegepvicto.ca"),
        """Bonjour,

Mon contrat se termine le 11 décembre et je serai débordée d'ici là. Pouvez-vous mettre mes rappels sur pause jusqu'à cette date?

Merci""",
        "« jusqu'à cette date » renvoie au 11 décembre : pause jusqu'au 2026-12-11.",
        style="outlook", partner="Pascale", commands=[C("pause", "2026-12-11")],
        sig="Véronique Luong\nTechnicienne en documentation, Cégep de Victoriaville",
        has=["Mon contrat se termine le 11 décembre"], rnot=["Technicienne en documentation, Cégep de Victoriaville"]))
    L.append(reply("i6-cmd-14", "fr", "commands", "wrapup", TO, "2026-11-26 21:05",
        ("Stéphanie Bui", "stephanie.bui@gmail.com"),
        WRAP_FR,
        "Note 5 écrite sous la ligne « Évaluation : » citée.",
        style="inline", partner="Marc", commands=[C("rating", value=5)],
        has=["Marc était toujours disponible"], rnot=["Vos réponses ne sont lues que par le comité"], quote_phrase=False))
    L.append(reply("i6-cmd-15", "fr", "commands", "checkin", TO, "2026-11-11 10:35",
        ("Carole Mbaye", "carole.mbaye@ulaval.ca"),
        """Je me suis trompée dans mon dernier message, ce n'était pas avec Hélène mais une autre collègue. Pouvez-vous annuler la rencontre que je viens d'envoyer?""",
        "Demande d'annuler le dernier envoi = undo.",
        style="iphone", partner="Hélène", commands=[C("undo")],
        has=["Pouvez-vous annuler la rencontre que je viens d'envoyer?"], rnot=["Envoyé de mon iPhone"]))
    L.append(reply("i6-cmd-16", "fr", "commands", "midsession", TO, "2026-11-09 19:45",
        ("Fabiola Desrosiers", "fabiola.desrosiers@videotron.ca"),
        """Bonjour,

Je dois malheureusement quitter le programme pour des raisons familiales. Merci de me retirer de la liste des participants. J'ai prévenu Nicole.

Fabiola""",
        "Demande claire de quitter le programme = stop.",
        style="gmail", partner="Nicole", commands=[C("stop")],
        has=["Je dois malheureusement quitter le programme"]))
    L.append(reply("i6-cmd-17", "fr", "commands", "nudge", TO, "2026-11-16 08:05",
        ("Hamza Bouzid", "hamza.bouzid@uqo.ca"),
        """Bonjour,

Serait-il possible de recevoir moins de rappels? Nous nous parlons régulièrement de toute façon, on oublie juste de le signaler.

Hamza""",
        "Demande de moins de rappels = fewer_reminders; « nous nous parlons régulièrement » est une habitude, pas une rencontre.",
        style="outlook", partner="Gilles", commands=[C("fewer_reminders")],
        sig="Hamza Bouzid\nBibliothécaire, Service de la bibliothèque, UQO",
        has=["Serait-il possible de recevoir moins de rappels?"], rnot=["Service de la bibliothèque, UQO"]))
    L.append(reply("i6-cmd-18", "fr", "commands", "digest", TO, "2026-11-30 11:25",
        ("Danielle Lavoie", "danielle.lavoie@bibliotheque.sherbrooke.ca"),
        """Bonjour,

Je n'ai pas besoin du bilan aux deux semaines, merci de le désactiver. Les suivis me suffisent.

Danielle""",
        "Mentore qui demande de désactiver le bilan = digest_off.",
        style="gmail", partner="Mamadou", role="mentor", commands=[C("digest_off")],
        sig="Danielle Lavoie\nDirectrice adjointe, Bibliothèque Éva-Senécal",
        has=["merci de le désactiver"], rnot=["Directrice adjointe, Bibliothèque Éva-Senécal"]))
    L.append(reply("i6-cmd-19", "fr", "commands", "nudge", WPG, "2026-11-30 13:15",
        ("Aline Uwimana", "aline.uwimana@gmail.com"),
        """Allô, je suis de retour! Vous pouvez recommencer à m'envoyer les suivis.""",
        "« je suis de retour ... recommencer à m'envoyer les suivis » = resume.",
        style="gmail", partner="Roger", commands=[C("resume")],
        has=["je suis de retour"]))
    L.append(reply("i6-cmd-20", "fr", "commands", "wrapup", TO, "2026-11-27 15:30",
        ("Mathieu Lin", "mathieu.lin@hec.ca"),
        """Bonjour,

Je donnerais un 4 sur 5. Très belle expérience, Brigitte m'a beaucoup aidé à préparer mon entrevue. Seul bémol : c'était difficile de trouver des plages horaires communes.

Merci au comité!""",
        "Note en prose « un 4 sur 5 » = rating 4; aucune rencontre consignée.",
        style="outlook", partner="Brigitte", commands=[C("rating", value=4)],
        sig="Mathieu Lin\nConseiller en documentation, Bibliothèque Myriam et J.-Robert Ouimet, HEC Montréal",
        has=["Je donnerais un 4 sur 5"], rnot=["Conseiller en documentation"]))
    return L
