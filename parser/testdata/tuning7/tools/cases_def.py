"""Case content for tuning7."""
import datetime as dt

def define(g):
    add, raw, D = g['add'], g['raw'], g['D']
    last_wd, dom_past, dom_next, next_wd = g['last_wd'], g['dom_past'], g['dom_next'], g['next_wd']
    td = lambda n: dt.timedelta(days=n)
    styles = ['gmail', 'outlook', 'original', 'apple', 'html_gmail', 'html_outlook', 'gmail', 'outlook']

    # ---------------- EN meetings (combinatorial sentences, hand-chosen parts) ----------------
    # (date phrase, fn(base)->date)
    en_dates = [("yesterday", lambda b: b - td(1)), ("the day before yesterday", lambda b: b - td(2)),
                ("last Thursday", lambda b: last_wd(b, 'Thu')), ("on Tuesday", lambda b: last_wd(b, 'Tue')),
                ("on the 14th", lambda b: dom_past(b, 14)), ("today", lambda b: b),
                ("yesterady", lambda b: b - td(1)), ("on Monday", lambda b: last_wd(b, 'Mon')),
                ("on the 3rd", lambda b: dom_past(b, 3)), ("last Wednesday", lambda b: last_wd(b, 'Wed'))]
    en_len = [("for an hour-ish", 60), ("for 45 mins", 45), ("for 1h15", 75), ("from 2 to 3", 60), ("for 1hr and a half", 90),
              ("for maybe an hr", 60), ("for about 20 minutes", 20), ("for a good 90 minutes", 90), ("", None), ("for half an hour", 30)]
    en_mode = [("over coffee at Bridgehead", 'in_person'), ("on Teams", 'video'), ("on Zoom", 'video'), ("by phone at lunch", 'phone'),
               ("on FaceTime", 'video'), ("over Teams chat", 'chat'), ("at the Second Cup on Elgin", 'in_person'), ("on Google Meet", 'video'),
               ("by text chat on Signal", 'chat'), ("at Tim's near her branch", 'in_person'), ("", None), ("on the phone", 'phone')]
    en_top = [("her career path and how she got into libraries", 'career_path'), ("a mock interview for my panel next week", 'interviews'),
              ("my cover letter for the York posting", 'job_applications'), ("burnout and learning to disconnect after work", 'work_life_balance'),
              ("what it's like being the only racialized person on staff", 'diversity'), ("deadlines and how to juggle them", 'time_management'),
              ("the OLA Super Conference in February", 'conferences'), ("the reorg at my branch", 'change_management'),
              ("my job and whether to stay", 'current_role'), ("getting onto her association's executive", 'committees'),
              ("cataloguing vs. research services as a specialty", 'specialties'), ("ChatGPT at the reference desk", 'technology')]
    en_fill = ["Sorry this is late, the branch has been chaos with the holiday displays.",
               "Quick update from me.", "Hope everyone on the committee is well!",
               "Things are busy here, we just lost a staff member to retirement.", "",
               "Also, the snow finally hit Winnipeg so I'm typing this from home.",
               "Heads up that my work email will change in January.", "Thanks for running this program, it's been great."]
    bases = [D(2026,10,16), D(2026,10,21), D(2026,10,27), D(2026,11,2), D(2026,11,5), D(2026,11,10), D(2026,11,18),
             D(2026,11,20), D(2026,11,24), D(2026,11,26), D(2026,12,1), D(2026,10,30), D(2026,11,13), D(2026,10,22)]
    templ_en = ["{fill} We met {date} {mode} {len}, mostly talking about {top}.",
                "{Partner} and I caught up {date} {mode}, {len}. We covered {top}. {fill}",
                "{fill}\n\nJust logging: met {date}, {len}, {mode}. Topic was {top}.",
                "Had our chat {date} {len} {mode} -- {top} was the main thing. {fill}",
                "{fill} Meeting {date} went well ({len}, {mode}); we got into {top}."]
    n = 0
    for i in range(30):
        b = bases[i % len(bases)]
        dp, df = en_dates[i % len(en_dates)]
        lp, lm = en_len[(i * 3) % len(en_len)]
        mp, mm = en_mode[(i * 5) % len(en_mode)]
        tp, tk = en_top[(i * 7) % len(en_top)]
        fill = en_fill[i % len(en_fill)]
        t = templ_en[i % len(templ_en)]
        partner = ['Helen', 'Joanne', 'Raj', 'Chris'][i % 4]
        s = t.format(fill=fill, date=dp, mode=mp, len=lp, top=tp, Partner=partner)
        s = ' '.join(s.replace(' ,', ',').replace(' )', ')').replace('( ', '(').replace(', ,', ',').split(' ')).replace('  ', ' ').replace(' ;', ';').replace('(,', '(').replace(', )', ')')
        s = s.replace(',)', ')').replace(', .', '.').replace(' .', '.').replace(',,', ',').replace(' ,', ',').strip()
        d = df(b)
        # make sure weekday phrases are not ambiguous (named day must be 2+ days ago)
        if 'day' in dp and dp not in ('yesterday', 'the day before yesterday', 'yesterady') and ((b - d).days < 2 or ((b - d).days == 7 and 'last' not in dp)):
            b = b + td(2); d = df(b)
        exp_m = {'date': d.isoformat(), 'minutes': lm, 'mode': mm, 'topics_include': [tk]}
        nxt = None
        if i % 6 == 2:
            nd = dom_next(b, 28 if b.day < 28 else 9)
            s += f" Next one is set for the {nd.day}th."
            exp_m['next_meeting'] = nd.isoformat()
        elif i % 6 == 5:
            nd = next_wd(b, 'Fri')
            s += " We're meeting again next Friday." if False else " We'll talk again this coming Friday."
            exp_m['next_meeting'] = nd.isoformat()
        key = s.split('.')[0].strip().split('\n')[-1].strip()
        has = [max([w for w in tp.replace(',', '').replace('.', '').split(' ') if w.lower() not in ('bibliothèque', 'libraries')], key=len)]
        add(f"en-meet-{i+1:02d}", 'en', 'meeting', 'checkin' if i % 4 else 'nudge', s,
            {'meeting': exp_m, 'reply_text_has': has},
            f"meeting {dp!r} from Date {b.isoformat()} -> {d.isoformat()}; length {lp or 'not given'}; mode {mp or 'not given'}; topic in other words -> {tk}",
            b, hour=9 + i % 9, style=styles[i % len(styles)], discl=(i % 7 == 3), land=(i % 9 == 4), mobile=(i % 8 == 6),
            enc=['8bit', 'qp', 'base64', 'flowed'][i % 4], latin1=(i == 11))

    # ---------------- FR meetings ----------------
    fr_dates = [("hier", lambda b: b - td(1)), ("avant-hier", lambda b: b - td(2)), ("jeudi passé", lambda b: last_wd(b, 'Thu')),
                ("mardi dernier", lambda b: last_wd(b, 'Tue')), ("le 3", lambda b: dom_past(b, 3)), ("aujourd'hui", lambda b: b),
                ("lundi soir", lambda b: last_wd(b, 'Mon')), ("le 14", lambda b: dom_past(b, 14)), ("mercredi passé", lambda b: last_wd(b, 'Wed')),
                ("hir", lambda b: b - td(1))]
    fr_len = [("une heure et quart", 75), ("1 h 30", 90), ("trois quarts d'heure", 45), ("de 14 h à 15 h", 60), ("une petite demi-heure", 30),
              ("1h15", 75), ("", None), ("environ une heure", 60), ("45 min", 45), ("une heure et demie", 90)]
    fr_mode = [("au Café Névé", 'in_person'), ("sur Teams", 'video'), ("par Zoom", 'video'), ("au téléphone sur l'heure du dîner", 'phone'),
               ("en FaceTime", 'video'), ("par clavardage Teams", 'chat'), ("au Tim Hortons du coin", 'in_person'), ("sur Google Meet", 'video'),
               ("par texto", 'chat'), ("", None), ("au Second Cup de la rue Saint-Denis", 'in_person'), ("par téléphone", 'phone')]
    fr_top = [("son parcours et comment elle est arrivée en bibliothèque", 'career_path'), ("une simulation d'entrevue pour mon comité de sélection", 'interviews'),
              ("ma lettre de présentation", 'job_applications'), ("l'épuisement et la déconnexion le soir", 'work_life_balance'),
              ("le fait d'être la seule personne immigrante de l'équipe", 'diversity'), ("la gestion de mon temps avec les échéances", 'time_management'),
              ("le congrès de l'ABQLA", 'conferences'), ("la réorganisation de ma bibliothèque", 'change_management'),
              ("mon poste actuel", 'current_role'), ("son implication au conseil d'administration de l'association", 'committees'),
              ("le catalogage et les métadonnées", 'specialties'), ("l'IA générative au comptoir de référence", 'technology')]
    fr_fill = ["Désolée du retard, c'est la folie avec la rentrée.", "Petite mise à jour.", "J'espère que tout va bien de votre côté!",
               "On a enfin eu notre première neige à Québec.", "", "Merci encore pour le programme, c'est vraiment apprécié.",
               "Mon adresse courriel va changer en janvier, juste pour info.", "Ici c'est tranquille, à part le déménagement de la collection."]
    templ_fr = ["{fill} On s'est rencontrées {date} {mode}, {len}, surtout pour parler de {top}.",
                "{Partner} et moi, on s'est parlé {date} {mode} ({len}). On a abordé {top}. {fill}",
                "{fill}\n\nRencontre {date} {mode}, {len}. Sujet : {top}.",
                "On a jasé {date} {len} {mode}, principalement de {top}. {fill}",
                "{fill} Notre rencontre de {date} s'est bien passée ({len}, {mode}) : on a parlé de {top}."]
    for i in range(30):
        b = bases[(i + 3) % len(bases)]
        dp, df = fr_dates[i % len(fr_dates)]
        lp, lm = fr_len[(i * 3) % len(fr_len)]
        mp, mm = fr_mode[(i * 5) % len(fr_mode)]
        tp, tk = fr_top[(i * 7) % len(fr_top)]
        fill = fr_fill[i % len(fr_fill)]
        t = templ_fr[i % len(templ_fr)]
        if i % 5 == 4 and dp in ('hier', 'avant-hier', "aujourd'hui", 'hir'):
            t = templ_fr[0]
        partner = ['Isabelle', 'Nathalie', 'François', 'Julie'][i % 4]
        s = t.format(fill=fill, date=dp, mode=mp, len=lp, top=tp, Partner=partner)
        s = ' '.join(x for x in s.split(' ') if x != '' or True)
        for a, bb in [(' ,', ','), ('( ', '('), (' )', ')'), ('(,', '('), (', )', ')'), (',,', ','), ('  ', ' '), (', .', '.'), (' .', '.'), ('()', '')]:
            for _ in range(3): s = s.replace(a, bb)
        for a, bb in [('rencontre de hier', "rencontre d'hier"), ('rencontre de avant-hier', "rencontre d'avant-hier"), ('rencontre de hir', "rencontre d'hir"), ("rencontre de aujourd'hui", "rencontre d'aujourd'hui"), (' de le ', ' du '), (' de une ', " d'une ")]:
            s = s.replace(a, bb)
        s = s.strip()
        d = df(b)
        if dp in ('jeudi passé', 'mardi dernier', 'lundi soir', 'mercredi passé') and ((b - d).days < 2 or ((b - d).days == 7 and 'last' not in dp)):
            b = b + td(2); d = df(b)
        exp_m = {'date': d.isoformat(), 'minutes': lm, 'mode': mm, 'topics_include': [tk]}
        if i % 6 == 1:
            nd = dom_next(b, 28 if b.day < 28 else 9)
            s += f" Prochaine rencontre prévue le {nd.day}."
            exp_m['next_meeting'] = nd.isoformat()
        elif i % 6 == 4:
            nd = next_wd(b, 'Fri')
            s += " On se reparle vendredi qui vient."
            exp_m['next_meeting'] = nd.isoformat()
        has = [max([w for w in tp.replace(',', '').replace('.', '').split(' ') if w.lower() not in ('bibliothèque', 'libraries')], key=len)]
        add(f"fr-meet-{i+1:02d}", 'fr', 'meeting', 'checkin' if i % 4 else 'nudge', s,
            {'meeting': exp_m, 'reply_text_has': has},
            f"rencontre « {dp} » depuis Date {b.isoformat()} -> {d.isoformat()}; durée {lp or 'non dite'}; mode {mp or 'non dit'}; sujet en d'autres mots -> {tk}",
            b, hour=8 + i % 10, style=styles[(i + 1) % len(styles)], discl=(i % 7 == 2), land=(i % 9 == 5), mobile=(i % 8 == 3),
            enc=['qp', '8bit', 'flowed', 'base64'][i % 4], latin1=(i == 7))

    g['cases_def2'] = True
    import cases_def2
    cases_def2.define(g)
