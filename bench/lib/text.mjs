// Dutch-looking message text for the dataset: titles, and bodies built from a pool of sentences whose words
// follow a Zipf distribution, so a text search can pick a word that matches often, sometimes or rarely.
import { Random, WeightedPicker, zipfWeights } from './random.mjs';

// Ordered from frequent to rare: the rank decides how often a word appears.
export const WORDS = `de het een en van in is dat op te voor met niet zijn we u wij ook aan er om als bij
uw dit kan nog worden naar of maar door wordt over graag onze deze tot hebben heeft al uit dan meer kunnen
vraag aanvraag bericht dossier organisatie voorziening bewoners zorg erkenning subsidie kwaliteit personeel
termijn verslag document bijlage formulier afspraak overleg antwoord opvolging wijziging gegevens toelichting
datum jaar maand week periode planning budget kosten factuur betaling bedrag werking procedure regelgeving
inspectie audit rapport evaluatie verbetering actieplan opmerking bevinding vaststelling beslissing besluit
verlenging vernieuwing aanpassing uitbreiding capaciteit plaatsen bedden woongroep dagcentrum woonzorgcentrum
thuiszorg begeleiding ondersteuning hulpverlening zorgverlener verpleegkundige verzorgende directie beheerder
coördinator medewerker vrijwilliger familie cliënt gebruiker mantelzorger huisarts ziekenhuis apotheek
medicatie hygiëne infectie uitbraak vaccinatie griep covid isolatie quarantaine melding registratie
brandveiligheid attest keuring conformiteit infrastructuur gebouw renovatie nieuwbouw verhuis adres
contactpersoon telefoon e-mail website kalender vergadering notulen agenda presentatie opleiding vorming
bijscholing attestering diploma functie vacature aanwerving contract uurrooster ploegen nachtdienst
weekend vakantie ziekte afwezigheid vervanging loon premie toelage forfait werkingsmiddelen investering
projectsubsidie impulsfinanciering kwaliteitskader zelfevaluatie indicatoren meting resultaten
benchmark tevredenheid klachten klachtenbehandeling ombudsdienst privacy toestemming dossierbeheer
archief digitalisering software elektronisch platform toegang wachtwoord aanmelding beveiliging
netwerk storing herstel onderhoud leverancier bestelling materiaal rolstoel tillift hoog-laagbed
valpreventie dementie palliatieve levenseinde welzijn animatie voeding maaltijden dieet allergie
wasserij schoonmaak afval energie verwarming ventilatie luchtkwaliteit legionella watertoets
asbest stabiliteitsattest liftkeuring noodplan evacuatie oefening brandweer politie gemeente
provincie ministerie agentschap departement kabinet omzendbrief decreet besluitvorming advies
raadgevend comité stuurgroep werkgroep pilootproject proefproject samenwerkingsverband netwerking
eerstelijnszone zorgraad woonzorgnet kortverblijf herstelverblijf centrum-voor-dagverzorging
assistentiewoning serviceflat groepsassistentiewoning zorgbudget zorgverzekering zorgkassa
tegemoetkoming persoonsvolgend basisondersteuningsbudget trajectbegeleiding jeugdhulp kinderopvang
inkomenstarief kindpremie groeipakket opvoedingsondersteuning huis-van-het-kind consultatiebureau
kind-en-gezin ouderenzorg gehandicaptenzorg geestelijke-gezondheidszorg revalidatie logopedie
kinesitherapie ergotherapie psycholoog psychiater sociaal-werker maatschappelijk-werker
interculturele-bemiddelaar tolk vertaling toegankelijkheid rolstoeltoegankelijk signalisatie
parkeerplaats fietsenstalling openbaar-vervoer mobiliteitsplan duurzaamheid zonnepanelen
warmtepomp isolatiepremie renovatiepremie energieaudit klimaatplan biodiversiteit moestuin
belevingstuin snoezelruimte muziektherapie dierentherapie kapsalon pedicure manicure winkeltje
cafetaria bibliotheek kapel erediensten pastorale-zorg rouwbegeleiding nabestaanden
wilsverklaring vertegenwoordiger bewindvoerder curator vrederechter rechtbank advocaat notaris
erfenis schenking testament`
  .split(/\s+/)
  .filter(Boolean);

const TITLE_SUBJECTS = [
  'Aanvraag',
  'Vraag over',
  'Melding',
  'Opvolging',
  'Verslag',
  'Wijziging',
  'Bevestiging',
  'Herinnering',
  'Antwoord op',
  'Toelichting bij',
  'Planning',
  'Evaluatie',
];
const TITLE_TOPICS = [
  'erkenning',
  'werkingssubsidie',
  'kwaliteitsinspectie',
  'uitbraak infectie',
  'personeelsinzet',
  'capaciteitsuitbreiding',
  'brandveiligheidsattest',
  'zelfevaluatie',
  'jaarverslag',
  'renovatiewerken',
  'klachtenbehandeling',
  'vaccinatiecampagne',
  'verlenging erkenning',
  'impulsfinanciering',
  'opleidingsplan',
  'dossier bewoner',
];

/** A pool of sentences and titles; bodies are assembled from it quickly. */
export class TextPool {
  /** @param {number} seed */
  constructor(seed, sentences = 20_000) {
    const random = new Random(seed);
    const picker = new WeightedPicker(zipfWeights(WORDS.length, 1.05));
    this.sentences = [];
    for (let i = 0; i < sentences; i++) {
      const n = random.int(6, 18);
      const words = [];
      for (let w = 0; w < n; w++) words.push(WORDS[picker.index(random)]);
      if (random.chance(0.15)) words.splice(random.int(1, n - 1), 0, String(random.int(1, 2030)));
      const text = words.join(' ');
      this.sentences.push(`${text[0]?.toUpperCase()}${text.slice(1)}.`);
    }
  }

  /** @param {Random} random */
  title(random) {
    const year = random.int(2023, 2027);
    return `${random.pick(TITLE_SUBJECTS)} ${random.pick(TITLE_TOPICS)} ${year}`;
  }

  /**
   * A body of about `chars` characters: a greeting, paragraphs of pooled sentences, a closing line.
   * @param {Random} random
   */
  body(random, chars, signature) {
    const parts = ['Beste,', ''];
    let length = 8;
    let paragraph = [];
    while (length < chars) {
      const sentence = this.sentences[Math.floor(random.next() * this.sentences.length)];
      paragraph.push(sentence);
      length += sentence.length + 1;
      if (paragraph.length >= 4 && random.chance(0.4)) {
        parts.push(paragraph.join(' '), '');
        paragraph = [];
      }
    }
    if (paragraph.length > 0) parts.push(paragraph.join(' '), '');
    parts.push('Met vriendelijke groet,', signature);
    return parts.join('\n');
  }
}
