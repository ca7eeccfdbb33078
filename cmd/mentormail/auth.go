package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"golang.org/x/oauth2"

	"github.com/mentormail/mentormail/config"
	"github.com/mentormail/mentormail/mailauth"
	"github.com/mentormail/mentormail/service"
	"github.com/mentormail/mentormail/store"
)

func init() {
	register("auth", "sign the program's mailbox in with OAuth2 (Microsoft 365, Google), once", runAuth)
}

// runAuth implements `mentormail auth [--config FILE] [--lang en|fr]`.
func runAuth(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("auth", "[--config FILE] [--lang en|fr]",
		"Signs the program's mailbox in with OAuth2, for [imap] or [smtp] auth = \"oauth2\":\n"+
			"it prints a web address and a code; someone who can sign in to the mailbox opens\n"+
			"the address on any device, enters the code and accepts. mentormail then keeps the\n"+
			"grant (a refresh token) in its database, encrypted with the notes key, and serve\n"+
			"uses it from then on. Run it again when serve says the sign-in no longer works.", stderr)
	cfgPath := configFlag(fs)
	dbPath := dbFlag(fs)
	lang := langFlag(fs)
	if code, done := parseArgs(fs, args, stdout); done {
		return code
	}
	// Said before the database is looked for: with nothing to sign in, the
	// database does not matter.
	if cfg, err := config.Load(*cfgPath); err == nil && !cfg.UsesOAuth2() {
		fmt.Fprintf(stderr, "mentormail auth: %s\n", say(*lang, "auth.not_oauth2"))
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return withConfigStore("auth", *cfgPath, *dbPath, stderr, func(cfg *config.Config, s *store.Store) error {
		return authorize(ctx, cfg, s, *lang, stdout)
	})
}

// authorize runs the device flow for the configured mailbox and stores the grant.
func authorize(ctx context.Context, cfg *config.Config, s *store.Store, lang string, stdout io.Writer) error {
	if !cfg.UsesOAuth2() {
		return errors.New(say(lang, "auth.not_oauth2"))
	}
	account := cfg.OAuth2Account()
	oc := service.OAuth2Config(cfg)
	tok, err := mailauth.Authorize(ctx, mailauth.DeviceOptions{Config: oc, Prompt: func(da *oauth2.DeviceAuthResponse) {
		fmt.Fprintln(stdout, say(lang, "auth.open", account, da.VerificationURI, account, da.UserCode))
		until := "?"
		if !da.Expiry.IsZero() {
			until = da.Expiry.Local().Format("15:04")
		}
		fmt.Fprintln(stdout, say(lang, "auth.waiting", until))
	}})
	if err != nil {
		if cfg.OAuth2.Provider == config.ProviderGoogle && strings.Contains(err.Error(), "invalid_scope") {
			return fmt.Errorf("%w (%s)", err, say(lang, "auth.google_hint"))
		}
		return err
	}
	if tok.RefreshToken == "" {
		return errors.New(say(lang, "auth.no_refresh"))
	}
	scopes, _ := tok.Extra("scope").(string)
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := s.SaveGrant(sctx, account, tok.RefreshToken, scopes); err != nil {
		return err
	}
	fmt.Fprintln(stdout, say(lang, "auth.stored", account, store.Redact(cfg.Store.Path)))
	return nil
}
