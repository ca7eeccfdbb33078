# signatures and footers: (text, phrase that must not stay in reply_text)
FR_SIG1 = ("Geneviève Tremblay\nBibliothécaire de référence | Bibliothèque de Québec\n418 555-0142 poste 2231", "Bibliothécaire de référence")
FR_SIG2 = ("Mélanie Bouchard\nTechnicienne en documentation\nCégep de Sherbrooke", "Technicienne en documentation")
FR_SIG3 = ("--\nFrançois Gagnon, MSI\nConseiller en gestion documentaire\nVille de Laval", "Conseiller en gestion documentaire")
FR_LAND = ("Nous reconnaissons que nous travaillons sur le territoire non cédé de la nation Kanien'kehá:ka, gardienne des terres et des eaux.", "territoire non cédé")
FR_IPHONE = ("Envoyé de mon iPhone", "Envoyé de mon iPhone")
FR_CONF = ("AVIS DE CONFIDENTIALITÉ : Ce courriel et ses pièces jointes peuvent contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur par courriel et le détruire.", "AVIS DE CONFIDENTIALITÉ")
EN_SIG1 = ("Sam Okafor (she/her)\nLibrary Technician, Collections\nVancouver Public Library", "Library Technician, Collections")
EN_SIG2 = ("--\nDaniel Reyes, MLIS\nSystems Librarian | Memorial University Libraries\n709-555-0199", "Systems Librarian")
EN_SIG3 = ("Priya Natarajan\nMLIS Candidate, UBC iSchool", "MLIS Candidate")
EN_LAND = ("I live and work on the traditional, ancestral and unceded territories of the Musqueam, Squamish and Tsleil-Waututh Nations.", "unceded territories")
EN_LAND2 = ("Halifax is in Mi'kma'ki, the ancestral and unceded territory of the Mi'kmaq People.", "ancestral and unceded territory")
EN_IPHONE = ("Sent from my iPhone", "Sent from my iPhone")
EN_DISC = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential information. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies.", "CONFIDENTIALITY NOTICE")

def C(id, lang, cat, prompt, tz, dt, body, note, sig=None, **kw):
    c = dict(id="t5-" + id, lang=lang, cat=cat, prompt=prompt, tz=tz, dt=dt, body=body, note=note)
    if sig:
        sigs = sig if isinstance(sig, list) else [sig]
        c["sig"] = "\n\n".join(s[0] for s in sigs)
        c["not"] = [s[1] for s in sigs] + kw.pop("not_", [])
    elif "not_" in kw:
        c["not"] = kw.pop("not_")
    c.update(kw)
    return c

TO, HA, VA, WI, SJ = "America/Toronto", "America/Halifax", "America/Vancouver", "America/Winnipeg", "America/St_Johns"
