package main

import (
	"flag"
	"fmt"
)

// says holds the user-facing lines of `auth` and `check`, in English and in
// Canadian French, by key; each is a fmt format.
var says = map[string][2]string{
	// auth
	"auth.not_oauth2":  {"neither imap.auth nor smtp.auth is \"oauth2\" in the configuration: there is nothing to sign in to", "ni imap.auth ni smtp.auth ne valent « oauth2 » dans la configuration : il n’y a aucune connexion à autoriser"},
	"auth.open":        {"To let mentormail use the mailbox %s, open %s in a browser, sign in as %s, and enter this code: %s", "Pour que mentormail puisse utiliser la boîte %s, ouvrez %s dans un navigateur, connectez-vous en tant que %s et saisissez ce code : %s"},
	"auth.waiting":     {"Waiting for the sign-in (the code is good until %s)…", "En attente de la connexion (le code est valide jusqu’à %s)…"},
	"auth.no_refresh":  {"the provider gave no refresh token: add \"offline_access\" to oauth2.scopes (Microsoft) or check the app's type, then run mentormail auth again", "le fournisseur n’a remis aucun jeton d’actualisation : ajoutez « offline_access » à oauth2.scopes (Microsoft) ou vérifiez le type d’application, puis relancez mentormail auth"},
	"auth.stored":      {"Signed in. The grant for %s is stored, encrypted, in %s. Next: mentormail check", "Connexion réussie. L’autorisation de %s est conservée, chiffrée, dans %s. Prochaine étape : mentormail check"},
	"auth.google_hint": {"Google's device sign-in does not grant the Gmail scope to every kind of app: see the README (Google Workspace)", "La connexion par appareil de Google n’accorde pas la portée Gmail à tous les types d’application : voyez le README (Google Workspace)"},
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
