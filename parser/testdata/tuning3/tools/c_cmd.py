from base import *
E = expect

case("en-cmd-001", "commands", "nudge", "amara", "2026-11-02 09:20",
"""Hi, I'm back from leave as of today, so you can start sending the reminders again. Will get in touch with Mariam this week.""",
E(commands=[C("resume")], has=["I'm back from leave"]),
"'I'm back' after a pause means resume.")

case("en-cmd-002", "commands", "checkin", "kwame", "2026-11-16 07:05",
"""I'm back! Sorry for going quiet.""",
E(commands=[C("resume")], has=["I'm back!"]),
"Short 'I'm back!' is a resume command.", nosig=True, style="iphone")

case("en-cmd-003", "commands", "nudge", "samira", "2026-12-01 10:30",
"""Could you pause my reminders until January 5? December is inventory month and I won't have a minute.""",
E(commands=[C("pause", "2027-01-05")], has=["Could you pause my reminders until January 5"]),
"Pause asked as a question; until January 5 of the next year.", style="outlook")

case("en-cmd-004", "commands", "checkin", "priya", "2026-11-13 12:45",
"""Heads up: I'm away from Nov 20 to Dec 4 (family wedding in Chennai), so please hold the reminders until then.""",
E(commands=[C("pause", "2026-12-04")], has=["hold the reminders until then"]),
"'until then' refers to the end date given earlier in the sentence: pause until Dec 4.")

case("en-cmd-005", "commands", "checkin", "daniel", "2026-10-24 11:02",
"""Can you undo that last meeting I logged? I think I sent it twice by accident.""",
E(commands=[C("undo")], has=["Can you undo that last meeting I logged"]),
"Undo asked as a question; nothing new is logged.", nosig=True)

case("en-cmd-006", "commands", "checkin", "grace", "2026-11-03 21:58",
"""oops please undo, wrong date on that one. I'll resend""",
E(commands=[C("undo")], has=["oops please undo"]),
"Casual undo request.", style="iphone")

case("en-cmd-007", "commands", "nudge", "rohan", "2026-11-05 13:20",
"""Fewer reminders please - I check in with Leah every week anyway, I just forget to log it.""",
E(commands=[C("fewer_reminders")], has=["Fewer reminders please"]),
"'Fewer reminders' is fewer_reminders, not stop or pause.")

case("en-cmd-008", "commands", "nudge", "fatima", "2026-11-24 16:33",
"""Could you send fewer of these nudges? Every week is a bit much. I'm still very much in the program, just busy.""",
E(commands=[C("fewer_reminders")], has=["Could you send fewer of these nudges"]),
"Less mail asked as a question, explicitly not leaving: fewer_reminders.", style="outlook")

case("en-cmd-009", "commands", "digest", "arjun", "2026-11-18 08:10",
"""Please turn off the digest, I don't really need the summary. The check-ins are enough.""",
E(commands=[C("digest_off")], has=["Please turn off the digest"]),
"Turning off the digest is digest_off, not stop.")

case("en-cmd-010", "commands", "digest", "hana", "2026-11-04 14:14",
"""digest off thanks""",
E(commands=[C("digest_off")], has=["digest off thanks"]),
"Bare 'digest off' with a thank-you.", role="mentor")

case("en-cmd-011", "commands", "wrapup", "tunde", "2026-12-01 15:20",
"""On Mon, Nov 30, 2026 at 8:05 AM Mentorship Program <program@mentormail.ca> wrote:
> We'd love to hear how it went. Reply to this email, give a rating
> from 1 (not great) to 5 (excellent), and write your answers under
> each question; skip any you like.
>
> Rating:

4

> What worked well?

Having a mentor outside my own library system. Olu was great.

> What could be better?

More structure at the start, maybe a kickoff call.

> Answers by Friday, December 11 help us plan the next session.""",
E(commands=[C("rating", value=4)], has=["Having a mentor outside my own library system"], not_=["help us plan the next session"]),
"Rating answered inline under the quoted 'Rating:' line: 4.", noquote=True, tz="America/Regina")

case("en-cmd-012", "commands", "wrapup", "mei", "2026-12-02 09:45",
"""> Rating:
5 - loved it
> What worked well?
Kevin always came prepared. We met 5 times.
> What could be better?
Nothing really
> Would you take part again, perhaps one day as a mentor?
Yes!!""",
E(commands=[C("rating", value=5)], has=["Kevin always came prepared"]),
"Rating inline under the quoted question: 5; 'We met 5 times' is a count, not a meeting or a rating.", noquote=True)

case("en-cmd-013", "commands", "midsession", "kwame", "2026-11-12 18:18",
"""Hi, I'd like to leave the program, please. My contract ended and I'm moving back to Ghana for a while. Thanks for everything.""",
E(commands=[C("stop")], has=["I'd like to leave the program"]),
"A clear request to leave: stop (confirmation comes later).", nosig=True)

case("en-cmd-014", "commands", "nudge", "mei", "2026-11-26 11:50",
"""Not leaving, just swamped with the migration. Can we pause until Dec 15?""",
E(commands=[C("pause", "2026-12-15")], has=["Not leaving, just swamped"]),
"Pause asked as a question; 'not leaving' rules out stop.", style="outlook")

case("en-cmd-015", "commands", "checkin", "grace", "2026-10-14 12:00",
"""help""",
E(commands=[C("help")], has=["help"]),
"A bare 'help' is the help command.", nosig=True)

case("en-cmd-016", "commands", "nudge", "daniel", "2026-11-17 22:05",
"""I'm on vacation until November 30th, back December 1. Please don't nudge me till then :)""",
E(commands=[C("pause", "2026-11-30")], has=["I'm on vacation until November 30th"]),
"Away until Nov 30 (back Dec 1): pause until Nov 30.", nosig=True)

case("en-cmd-017", "commands", "checkin", "rohan", "2026-11-27 09:30",
"""Busy with exams until the 12th of December, after that I'm all yours.""",
E(commands=[C("pause", "2026-12-12")], has=["Busy with exams until the 12th of December"]),
"'busy until DATE' is a pause.", style="apple")

case("en-cmd-018", "commands", "nudge", "samira", "2026-10-26 08:50",
"""Back from parental leave — please turn the reminders back on for me. Looking forward to reconnecting with Sunita.""",
E(commands=[C("resume")], has=["Back from parental leave"]),
"'Back from leave ... turn the reminders back on' is resume.", style="outlook")

case("en-cmd-019", "commands", "checkin", "tunde", "2026-12-02 13:05",
"""Can we stop the check-in emails until after the holidays? Say Jan 4? I'm not dropping out, just need a break.""",
E(commands=[C("pause", "2027-01-04")], has=["stop the check-in emails until after the holidays"]),
"'stop ... until after the holidays, say Jan 4' is a pause, not stop.", tz="America/Regina")

case("en-cmd-020", "commands", "wrapup", "priya", "2026-12-02 19:35",
"""Hi! Answers below

Rating: 3 (good overall, but we struggled to find times)
What worked well? Jordan was super kind and generous with her contacts.
What could be better? Maybe pair people in the same time zone?""",
E(commands=[C("rating", value=3)], has=["Jordan was super kind"]),
"Rating given inline on the survey's Rating line: 3.", style="html_gmail")

# French
case("fr-cmd-001", "commands", "nudge", "sophie", "2026-11-02 08:45",
"""Bonjour, de retour de congé! Vous pouvez reprendre les rappels.""",
E(commands=[C("resume")], has=["de retour de congé"]),
"« de retour » = reprise (resume).", role="mentor")

case("fr-cmd-002", "commands", "checkin", "ines", "2026-11-16 07:30",
"""Je suis de retour. Désolée pour le silence!""",
E(commands=[C("resume")], has=["Je suis de retour"]),
"« Je suis de retour » = resume.", nosig=True, style="iphone")

case("fr-cmd-003", "commands", "nudge", "nadia", "2026-12-01 11:20",
"""Serait-il possible de suspendre les rappels jusqu'au 5 janvier? Décembre est très chargé à la bibliothèque.""",
E(commands=[C("pause", "2027-01-05")], has=["suspendre les rappels jusqu'au 5 janvier"]),
"Pause demandée sous forme de question, jusqu'au 5 janvier de l'an prochain.", style="outlook")

case("fr-cmd-004", "commands", "checkin", "marie", "2026-11-13 13:10",
"""Je serai en congé du 20 novembre au 4 décembre; merci de suspendre les rappels d'ici là.""",
E(commands=[C("pause", "2026-12-04")], has=["suspendre les rappels d'ici là"]),
"« d'ici là » renvoie à la date de fin donnée plus tôt : pause jusqu'au 4 décembre.", role="mentor")

case("fr-cmd-005", "commands", "checkin", "youssef", "2026-10-24 10:40",
"""Pouvez-vous annuler la dernière rencontre consignée? Je pense l'avoir envoyée deux fois.""",
E(commands=[C("undo")], has=["annuler la dernière rencontre consignée"]),
"Annulation demandée sous forme de question.", nosig=True)

case("fr-cmd-006", "commands", "checkin", "thanh", "2026-11-03 22:10",
"""oups annulez ça svp, mauvaise date""",
E(commands=[C("undo")], has=["oups annulez ça svp"]),
"Annulation en style familier.", style="iphone", nosig=True)

case("fr-cmd-007", "commands", "nudge", "luc", "2026-11-05 14:00",
"""Moins de rappels svp : on se parle chaque semaine, j'oublie juste de le consigner.""",
E(commands=[C("fewer_reminders")], has=["Moins de rappels svp"]),
"« Moins de rappels » = fewer_reminders, pas stop.")

case("fr-cmd-008", "commands", "nudge", "aicha", "2026-11-24 15:55",
"""Est-ce possible de recevoir moins de relances? Chaque semaine, c'est beaucoup. Je reste dans le programme, évidemment.""",
E(commands=[C("fewer_reminders")], has=["recevoir moins de relances"]),
"Moins de courriels demandé en question, sans quitter : fewer_reminders.", style="outlook")

case("fr-cmd-009", "commands", "digest", "karim", "2026-11-18 09:05",
"""Plus de bilan pour moi, merci. Les suivis me suffisent.""",
E(commands=[C("digest_off")], has=["Plus de bilan pour moi"]),
"« Plus de bilan » = digest_off.")

case("fr-cmd-010", "commands", "digest", "chantal", "2026-11-04 13:30",
"""Je n'ai pas vraiment besoin du bilan aux deux semaines, vous pouvez l'arrêter. Pour le reste, tout va bien!""",
E(commands=[C("digest_off")], has=["vous pouvez l'arrêter"]),
"Arrêter le bilan = digest_off, pas quitter le programme.")

case("fr-cmd-011", "commands", "wrapup", "jp", "2026-12-01 14:40",
"""Le lun. 30 nov. 2026, à 08 h 05, Programme de mentorat <programme@mentormail.ca> a écrit :
> Nous aimerions savoir comment ça s'est passé. Répondez à ce courriel,
> donnez une note de 1 (décevant) à 5 (excellent) et écrivez vos
> réponses sous chaque question; sautez celles que vous voulez.
>
> Évaluation :

4

> Qu'est-ce qui a bien fonctionné?

Avoir un mentor d'une autre région. Rachid était génial.

> Qu'est-ce qui pourrait être amélioré?

Un appel de démarrage pour tout le monde.

> Vos réponses d'ici le 11 décembre nous aideront à préparer la
> prochaine session.""",
E(commands=[C("rating", value=4)], has=["Avoir un mentor d'une autre région"], not_=["nous aideront à préparer la"]),
"Note écrite sous la ligne « Évaluation : » citée : 4.", noquote=True)

case("fr-cmd-012", "commands", "wrapup", "rosalie", "2026-12-02 10:15",
"""> Évaluation :
5 !
> Qu'est-ce qui a bien fonctionné?
Fatou était toujours préparée. On s'est vues 5 fois.
> Qu'est-ce qui pourrait être amélioré?
Rien""",
E(commands=[C("rating", value=5)], has=["Fatou était toujours préparée"]),
"Note 5 sous la question citée; « 5 fois » n'est ni une rencontre ni une note.", noquote=True)

case("fr-cmd-013", "commands", "midsession", "thanh", "2026-11-12 17:45",
"""Bonjour, je souhaite me retirer du programme. Mon contrat se termine et je déménage à Lyon. Merci pour tout.""",
E(commands=[C("stop")], has=["je souhaite me retirer du programme"]),
"Demande claire de quitter : stop.")

case("fr-cmd-014", "commands", "nudge", "sophie", "2026-11-26 12:20",
"""Je ne quitte pas, mais je suis débordée avec la migration du catalogue : on peut faire une pause jusqu'au 15 décembre?""",
E(commands=[C("pause", "2026-12-15")], has=["Je ne quitte pas"]),
"Pause demandée en question; « je ne quitte pas » exclut stop.", role="mentor")

case("fr-cmd-015", "commands", "checkin", "ines", "2026-10-14 12:30",
"""aide""",
E(commands=[C("help")], has=["aide"]),
"« aide » seul = commande d'aide.", nosig=True)

case("fr-cmd-016", "commands", "nudge", "youssef", "2026-11-17 21:15",
"""Je suis en vacances jusqu'au 30 novembre inclusivement, de retour le 1er décembre.""",
E(commands=[C("pause", "2026-11-30")], has=["en vacances jusqu'au 30 novembre"]),
"Absent jusqu'au 30 novembre : pause jusqu'au 30 novembre (le « de retour » futur n'est pas une reprise).", nosig=True)

case("fr-cmd-017", "commands", "checkin", "ines", "2026-11-27 09:10",
"""Occupée avec mes examens jusqu'au 12 décembre, après je suis toute à vous!""",
E(commands=[C("pause", "2026-12-12")], has=["Occupée avec mes examens"]),
"« occupée jusqu'au » = pause.", style="apple", nosig=True)

case("fr-cmd-018", "commands", "nudge", "nadia", "2026-10-26 09:00",
"""Je reviens de mon congé parental : vous pouvez réactiver les rappels. Hâte de reparler avec Geneviève.""",
E(commands=[C("resume")], has=["vous pouvez réactiver les rappels"]),
"Retour de congé, rappels réactivés = resume.", style="outlook")

case("fr-cmd-019", "commands", "checkin", "luc", "2026-12-02 12:40",
"""Pourriez-vous arrêter les courriels de suivi jusqu'après les Fêtes, disons le 4 janvier? Je ne lâche pas, j'ai juste besoin d'une pause.""",
E(commands=[C("pause", "2027-01-04")], has=["jusqu'après les Fêtes, disons le 4 janvier"]),
"« arrêter ... jusqu'après les Fêtes, disons le 4 janvier » = pause, pas stop.")

case("fr-cmd-020", "commands", "wrapup", "marie", "2026-12-02 18:30",
"""Bonjour, mes réponses :

Évaluation : 3 (bien dans l'ensemble, mais difficile de trouver des moments)
Qu'est-ce qui a bien fonctionné? Mathieu était très généreux de ses contacts.
Qu'est-ce qui pourrait être amélioré? Jumeler des gens du même fuseau horaire?""",
E(commands=[C("rating", value=3)], has=["Mathieu était très généreux"]),
"Note donnée sur la ligne Évaluation : 3.", style="html_gmail", role="mentor")
