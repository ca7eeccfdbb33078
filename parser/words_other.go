package parser

// Words of other languages, for machine mail only (auto-replies' subjects and return
// dates), folded. See words.go.
var wordsOther = map[string][]string{
	// oooSubject: the subject an automatic answer gets, at its start.
	"oooSubject": {
		`abwesenheit(?:snotiz|smeldung|sassistent)?`, `automatische antwort`, `nicht im buro`, `ausser haus`,
		`(?:automatyczna )?odpowiedz automatyczna`, `autoodpowiedz`, `poza biurem`, `nieobecnosc`,
		`automaticka odpoved`, `mimo kancelar`, `nepritomnost`,
		`respuesta automatica`, `fuera de la oficina`, `ausente`, `ausencia`,
		`resposta automatica`, `fora do escritorio`, `ausencia temporaria`,
		`risposta automatica`, `fuori ufficio`, `assente`,
		`automatisch antwoord`, `afwezig(?:heid)?`, `niet op kantoor`,
		`automatiskt svar`, `automatisk svar`, `autosvar`, `franvaro`, `fravaer`, `fravar`,
		`automaattinen vastaus`, `poissa toimistolta`, `otomatik yanit`, `automatikus valasz`, `raspuns automat`,
	},
	"returnCue": {`bis(?: zum| einschliesslich| inkl\.?)?`, `ab dem`, `hasta el`, `ate(?: o dia)?`, `fino al`, `tot en met`, `tot`, `do`},
}
