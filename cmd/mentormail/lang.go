package main

import (
	"flag"
	"fmt"
)

// says holds the user-facing lines of `auth` and `check`, in English and in
// Canadian French, by key; each is a fmt format.
var says = map[string][2]string{
	// auth
	"auth.not_oauth2": {"neither imap.auth nor smtp.auth is \"oauth2\" in the configuration: there is nothing to sign in to", "ni imap.auth ni smtp.auth ne valent « oauth2 » dans la configuration : il n’y a aucune connexion à autoriser"},
	"auth.open":       {"To let mentormail use the mailbox %s, open %s in a browser, sign in as %s, and enter this code: %s", "Pour que mentormail puisse utiliser la boîte %s, ouvrez %s dans un navigateur, connectez-vous en tant que %s et saisissez ce code : %s"},
	"auth.waiting":    {"Waiting for the sign-in (the code is good until %s)…", "En attente de la connexion (le code est valide jusqu’à %s)…"},
	"auth.no_refresh": {"the provider gave no refresh token: add \"offline_access\" to oauth2.scopes (Microsoft) or check the app's type, then run mentormail auth again", "le fournisseur n’a remis aucun jeton d’actualisation : ajoutez « offline_access » à oauth2.scopes (Microsoft) ou vérifiez le type d’application, puis relancez mentormail auth"},
	"auth.stored":     {"Signed in. The grant for %s is stored, encrypted, in %s. Next: mentormail check", "Connexion réussie. L’autorisation de %s est conservée, chiffrée, dans %s. Prochaine étape : mentormail check"},
	// check
	"check.imap_login":         {"IMAP: logged in to %s as %s with %s", "IMAP : connexion à %s en tant que %s avec %s"},
	"check.imap_fail":          {"IMAP: %v", "IMAP : %v"},
	"check.password":           {"a password", "un mot de passe"},
	"check.oauth2":             {"OAuth2", "OAuth2"},
	"check.caps":               {"IMAP capabilities: IDLE %s, MOVE %s, NAMESPACE %s", "IMAP, extensions : IDLE %s, MOVE %s, NAMESPACE %s"},
	"check.yes":                {"yes", "oui"},
	"check.no_idle":            {"no (serve polls every %v)", "non (serve vérifie toutes les %v)"},
	"check.no_move":            {"no (serve copies, then expunges)", "non (serve copie, puis efface)"},
	"check.no":                 {"no", "non"},
	"check.folders":            {"IMAP folders: %s and %s are there", "IMAP, dossiers : %s et %s existent"},
	"check.folders_made":       {"IMAP folders: %s and %s are there (created now: %s)", "IMAP, dossiers : %s et %s existent (créés à l’instant : %s)"},
	"check.folders_fail":       {"IMAP folders: %v", "IMAP, dossiers : %v"},
	"check.smtp_ehlo":          {"SMTP EHLO: %s answers; it offers %s", "SMTP EHLO : %s répond ; il offre %s"},
	"check.smtp_starttls":      {"SMTP STARTTLS: the connection is encrypted; the server now offers %s", "SMTP STARTTLS : la connexion est chiffrée ; le serveur offre maintenant %s"},
	"check.smtp_auth":          {"SMTP AUTH: logged in as %s with %s", "SMTP AUTH : connexion en tant que %s avec %s"},
	"check.smtp_skip_implicit": {"SMTP %s: not needed, TLS from the first byte (tls = implicit)", "SMTP %s : inutile, TLS dès le premier octet (tls = implicit)"},
	"check.smtp_skip_none":     {"SMTP %s: not used (tls = none)", "SMTP %s : non utilisé (tls = none)"},
	"check.smtp_skip_nologin":  {"SMTP %s: not used, smtp.username is empty", "SMTP %s : non utilisé, smtp.username est vide"},
	"check.smtp_fail":          {"SMTP %s: %v", "SMTP %s : %v"},
	"check.skipped":            {"round trip: not tried, since a step above failed", "aller-retour : non tenté, puisqu’une étape ci-dessus a échoué"},
	"check.sent":               {"round trip: sent a test message to %s", "aller-retour : message d’essai envoyé à %s"},
	"check.refused":            {"round trip: the server refused %s: %v", "aller-retour : le serveur a refusé %s : %v"},
	"check.arrived":            {"round trip: the message to %s reached %s in %v, and was deleted", "aller-retour : le message pour %s est arrivé dans %s en %v, puis a été supprimé"},
	"check.delete_fail":        {"round trip: the message to %s arrived, but could not be deleted: %v", "aller-retour : le message pour %s est arrivé, mais n’a pu être supprimé : %v"},
	"check.lost":               {"round trip: the message to %s did not reach %s within %v", "aller-retour : le message pour %s n’est pas arrivé dans %s en moins de %v"},
	"check.plus_ok":            {"plus addressing works: replies can carry their token in the address", "l’adressage plus fonctionne : les réponses peuvent porter leur jeton dans l’adresse"},
	"check.plus_set":           {"plus addressing does not work; program.plain_reply_to = true is set, so replies carry their token in the Message-ID only", "l’adressage plus ne fonctionne pas ; program.plain_reply_to = true est réglé, donc les réponses ne portent leur jeton que dans le Message-ID"},
	"check.plus_fix":           {"plus addressing does not work on this server: set program.plain_reply_to = true", "l’adressage plus ne fonctionne pas sur ce serveur : réglez program.plain_reply_to = true"},
	"check.all_ok":             {"everything works: serve can run with this configuration", "tout fonctionne : serve peut tourner avec cette configuration"},
	"check.some_fail":          {"%d step(s) failed: see the lines marked FAIL", "%d étape(s) en échec : voyez les lignes marquées ÉCHEC"},
	"check.subject":            {"mentormail check: test message (delete me)", "mentormail check : message d’essai (à supprimer)"},
	"auth.google_hint":         {"Google's device sign-in does not grant the Gmail scope to every kind of app: see the README (Google Workspace)", "La connexion par appareil de Google n’accorde pas la portée Gmail à tous les types d’application : voyez le README (Google Workspace)"},
}

// langFlag adds --lang to a command's flags.
func langFlag(fs *flag.FlagSet) *string {
	return fs.String("lang", "en", "language of the messages: en or fr")
}

// say returns the line key in lang (en for anything but fr), formatted with args.
func say(lang, key string, args ...any) string {
	t, ok := says[key]
	if !ok {
		return key
	}
	i := 0
	if lang == "fr" {
		i = 1
	}
	return fmt.Sprintf(t[i], args...)
}
