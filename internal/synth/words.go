package synth

// The word lists the prose is drawn from. common is ordered by rough
// frequency in English prose (the first entries are drawn most often), so
// that short function words dominate the text as they do in real books and
// the mean word length comes out near 4.7 letters.
var common = []string{
	"the", "of", "and", "to", "a", "in", "that", "is", "was", "it",
	"for", "on", "as", "with", "his", "be", "at", "by", "had", "not",
	"this", "are", "but", "from", "or", "have", "an", "they", "which", "one",
	"you", "were", "her", "all", "she", "there", "would", "their", "we", "him",
	"been", "has", "when", "who", "will", "more", "no", "if", "out", "so",
	"said", "what", "up", "its", "about", "into", "than", "them", "can", "only",
	"other", "new", "some", "could", "time", "these", "two", "may", "then", "do",
	"first", "any", "my", "now", "such", "like", "our", "over", "man", "me",
	"even", "most", "made", "after", "also", "did", "many", "before", "must", "through",
	"back", "years", "where", "much", "your", "way", "well", "down", "should", "because",
	"each", "just", "those", "people", "how", "too", "little", "state", "good", "very",
	"make", "world", "still", "own", "see", "men", "work", "long", "get", "here",
	"between", "both", "life", "being", "under", "never", "day", "same", "another", "know",
	"while", "last", "might", "us", "great", "old", "year", "off", "come", "since",
	"against", "go", "came", "right", "used", "take", "three", "place", "himself", "few",
	"house", "use", "during", "without", "again", "home", "around", "small", "however", "found",
	"thought", "went", "part", "once", "general", "high", "upon", "school", "every", "point",
	"hand", "far", "water", "left", "number", "light", "early", "city", "public", "course",
	"present", "order", "given", "whole", "case", "system", "group", "question", "children", "power",
	"river", "national", "history", "village", "letter", "morning", "country", "reason", "market", "problem",
	"different", "important", "certain", "possible", "political", "economic", "government", "development", "information", "community",
	"understanding", "particular", "experience", "knowledge", "evidence", "committee", "agreement", "interest", "attention", "character",
	"harbour", "lantern", "meadow", "orchard", "quarry", "ledger", "compass", "weather", "journey", "bridge",
	"window", "garden", "machine", "engine", "paper", "silver", "winter", "summer", "island", "mountain",
	"quietly", "slowly", "carefully", "nearly", "simply", "rather", "perhaps", "almost", "already", "together",
	"between", "beneath", "beyond", "towards", "although", "whether", "neither", "either", "unless", "because",
	"careful", "narrow", "broad", "bright", "heavy", "steady", "ancient", "modern", "simple", "strange",
	"written", "printed", "measured", "gathered", "carried", "followed", "returned", "answered", "observed", "remembered",
	"considered", "described", "published", "recorded", "explained", "arranged", "suggested", "discovered", "collected", "compared",
}

// long words appear now and then: they stress the line breaker.
var long = []string{
	"internationalization", "characteristically", "counterrevolutionary", "incomprehensibility",
	"uncharacteristically", "telecommunications", "disproportionately", "institutionalization",
	"electroencephalograph", "interdisciplinary", "misunderstanding", "responsibilities",
	"Massachusetts", "photolithography", "straightforwardness", "overcompensation",
}

// names are capitalised proper nouns: people, places, institutions.
var names = []string{
	"Ada", "Lovelace", "Turing", "Hopper", "Knuth", "Lamport", "Ritchie", "Thompson", "Pike", "Kernighan",
	"Amsterdam", "Lisbon", "Nairobi", "Montevideo", "Kyoto", "Reykjavik", "Valparaíso", "Zürich", "Québec", "Kraków",
	"Atlantic", "Pacific", "Danube", "Mekong", "Andes", "Sahara", "Baltic", "Caspian",
	"Margaret", "Hamilton", "Edsger", "Dijkstra", "Barbara", "Liskov", "Frances", "Allen", "Niklaus", "Wirth",
	"Royal", "Society", "Academy", "Institute", "Museum", "Library", "Council", "Observatory",
}

// contractions carry apostrophes that smart punctuation curls.
var contractions = []string{"don't", "it's", "wasn't", "couldn't", "they'd", "we'll", "isn't", "o'clock", "author's", "printer's"}

// titleWords make chapter titles and headings.
var titleWords = []string{
	"Harbour", "Lantern", "Meadow", "Orchard", "Quarry", "Ledger", "Compass", "Weather", "Journey", "Bridge",
	"Window", "Garden", "Machine", "Engine", "Paper", "Silver", "Winter", "Summer", "Island", "Mountain",
	"River", "Village", "Letter", "Morning", "Country", "Market", "Problem", "History", "Reason", "Light",
	"Evidence", "Committee", "Agreement", "Character", "Knowledge", "Experience", "Council", "Archive", "Signal", "Measure",
	"Tide", "Ember", "Cipher", "Atlas", "Canal", "Furnace", "Glacier", "Horizon", "Keel", "Loom",
}

var titleAdjectives = []string{
	"Quiet", "Narrow", "Broad", "Bright", "Heavy", "Steady", "Ancient", "Modern", "Simple", "Strange",
	"Careful", "Hidden", "Open", "Distant", "Northern", "Southern", "Last", "First", "Second", "Early",
	"Late", "Silent", "Golden", "Iron", "Paper", "Glass", "Salt", "Stone", "Winter", "Summer",
}

// codeLangs are the languages of fenced code blocks, in turn.
var codeLangs = []string{"go", "python", "json", "shell"}
