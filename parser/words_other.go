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
		`自動応答`, `自动回复`, `自動回覆`, `자동 응답`, `автоответ`, `автоматический ответ`, `αυτοματη απαντηση`, `nepritomnost v kancelari`,
	},
	// oooBody: what automatic answers say in their first lines (on text folded by foldAny).
	"oooBody": {
		`ich bin (?:bis|vom|ab|derzeit|zurzeit|momentan)\b.{0,40}\b(?:nicht im buro|abwesend|im urlaub|ausser haus)`, `(?:nicht im buro|abwesend|im urlaub) (?:bis|und)`,
		`estoy (?:fuera de la oficina|de vacaciones|ausente)`, `estare (?:fuera|ausente|de vacaciones)`,
		`estou (?:ausente|de ferias|fora do escritorio)`, `estarei (?:ausente|fora)`,
		`sono (?:fuori ufficio|in ferie|assente)`, `saro (?:fuori ufficio|assente|in ferie)`,
		`ik ben (?:afwezig|met vakantie|niet op kantoor)`, `jestem (?:na urlopie|poza biurem|nieobecn)`, `jsem (?:mimo kancelar|na dovolene|nepritomn)`,
		`jag ar (?:pa semester|franvarande|ledig)`, `jeg er (?:pa ferie|fravaerende|ikke pa kontoret)`,
	},
	"returnCue": {`bis(?: zum| einschliesslich| inkl\.?)?`, `ab dem`, `hasta el`, `ate(?: o dia)?`, `fino al`, `tot en met`, `tot`, `do`},
}
