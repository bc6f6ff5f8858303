package epub

import (
	"fmt"
	"strings"
)

// labels are the few words Quire itself writes into a book, in the book's
// language when it knows it, in English otherwise.
type labels struct {
	Contents  string
	Landmarks string
	Cover     string
	TitlePage string
	Start     string
	// Pages names the list of the print edition's pages.
	Pages string
	// Backlink is a format with one %d, the note number.
	Backlink string
}

func (l labels) backlink(n int) string { return fmt.Sprintf(l.Backlink, n) }

// labelsFor returns the labels for a BCP 47 language tag, by its primary
// language subtag.
func labelsFor(lang string) labels {
	primary, _, _ := strings.Cut(strings.ToLower(lang), "-")
	switch primary {
	case "fr":
		return labels{"Table des matières", "Repères", "Couverture", "Page de titre", "Début", "Pages", "Retour à l’appel de note %d"}
	case "de":
		return labels{"Inhalt", "Orientierungspunkte", "Umschlag", "Titelseite", "Anfang", "Seiten", "Zurück zur Fußnote %d"}
	case "es":
		return labels{"Índice", "Puntos de referencia", "Cubierta", "Portada", "Inicio", "Páginas", "Volver a la llamada de nota %d"}
	case "it":
		return labels{"Indice", "Punti di riferimento", "Copertina", "Frontespizio", "Inizio", "Pagine", "Torna al richiamo della nota %d"}
	case "pt":
		return labels{"Sumário", "Pontos de referência", "Capa", "Folha de rosto", "Início", "Páginas", "Voltar à chamada da nota %d"}
	}
	return labels{"Contents", "Landmarks", "Cover", "Title Page", "Start", "Pages", "Back to reference %d"}
}
