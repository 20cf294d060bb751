// Demo content of the knowledge base: a few realistic articles and a news item in Dutch and English, as
// a department would publish them (003 §2). No outage: the banner shows only when an admin opens one.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

interface DemoItem {
  kind: 'ARTICLE' | 'NEWS';
  slug: string;
  category: string;
  tags: string[];
  titleNl: string;
  titleEn: string;
  bodyNl: string;
  bodyEn: string;
}

const ITEMS: DemoItem[] = [
  {
    kind: 'ARTICLE',
    slug: 'wachtwoord-vergeten',
    category: 'Account',
    tags: ['wachtwoord', 'aanmelden'],
    titleNl: 'Ik ben mijn wachtwoord vergeten',
    titleEn: 'I forgot my password',
    bodyNl: `Geen probleem: u kiest zelf een nieuw wachtwoord.

1. Ga naar de aanmeldpagina en kies **Wachtwoord vergeten**.
2. Geef het e-mailadres van uw account in.
3. Open de e-mail die u ontvangt en volg de link. De link is één uur geldig.

Uw nieuwe wachtwoord heeft minstens 8 tekens, met een hoofdletter, een kleine letter en een cijfer of symbool.
Krijgt u geen e-mail? Kijk dan ook in uw map met ongewenste e-mail.`,
    bodyEn: `No problem: you choose a new password yourself.

1. Go to the login page and choose **Forgot password**.
2. Enter the email address of your account.
3. Open the email you receive and follow the link. The link is valid for one hour.

Your new password has at least 8 characters, with an upper-case letter, a lower-case letter and a digit or symbol.
No email? Also look in your junk mail folder.`,
  },
  {
    kind: 'ARTICLE',
    slug: 'factuur-downloaden',
    category: 'Financieel',
    tags: ['factuur', 'betaling'],
    titleNl: 'Waar vind ik mijn factuur?',
    titleEn: 'Where do I find my invoice?',
    bodyNl: `De Beheerder van uw organisatie vindt alle facturen onder **Organisatie › Facturen**.

- Elke factuur kunt u als PDF downloaden.
- Een betaling verschijnt binnen drie werkdagen als *betaald*.

Klopt een bedrag niet? Maak dan een ticket aan in de categorie **Financieel** en vermeld het factuurnummer.`,
    bodyEn: `The administrator of your organisation finds every invoice under **Organisation › Invoices**.

- Each invoice can be downloaded as a PDF.
- A payment shows as *paid* within three working days.

Is an amount wrong? Create a ticket in the category **Finance** and mention the invoice number.`,
  },
  {
    kind: 'ARTICLE',
    slug: 'contactpersoon-bevestigen',
    category: 'Contacten',
    tags: ['contactpersoon', 'bevestiging', 'e-mail'],
    titleNl: 'Een contactpersoon bevestigt zijn e-mailadres niet',
    titleEn: 'A contact person does not confirm their email address',
    bodyNl: `Een nieuwe contactpersoon krijgt een e-mail met een bevestigingslink. Zolang die niet gebruikt is,
blijft het thema in **Mijn taken** staan.

Vraag de contactpersoon om ook de map met ongewenste e-mail na te kijken. U kunt de e-mail opnieuw laten
versturen via **Organisatie › Contactpersonen**. Meer uitleg staat in de [handleiding](https://www.vlaanderen.be/).`,
    bodyEn: `A new contact person receives an email with a confirmation link. Until it is used, the theme stays
in **My tasks**.

Ask the contact person to check their junk mail folder too. You can send the email again from
**Organisation › Contact persons**. More in the [manual](https://www.vlaanderen.be/).`,
  },
  {
    kind: 'ARTICLE',
    slug: 'bijlagen-versturen',
    category: 'Berichten',
    tags: ['bijlage', 'bestand', 'bericht'],
    titleNl: 'Welke bijlagen kan ik met een bericht meesturen?',
    titleEn: 'Which attachments can I send with a message?',
    bodyNl: `U kunt PDF-, Word-, Excel- en afbeeldingsbestanden toevoegen, tot 10 MB per bestand.
Stuur geen rijksregisternummers of medische gegevens mee als dat niet nodig is voor uw vraag.`,
    bodyEn: `You can add PDF, Word, Excel and image files, up to 10 MB per file.
Do not send national register numbers or medical data unless your question needs them.`,
  },
  {
    kind: 'NEWS',
    slug: 'nieuwe-kennisbank',
    category: '',
    tags: [],
    titleNl: 'De kennisbank is online',
    titleEn: 'The knowledge base is online',
    bodyNl: `Vanaf vandaag vindt u antwoorden op veelgestelde vragen in de kennisbank, voor iedereen vrij toegankelijk.
Bij een storing ziet u dat meteen bovenaan elke pagina.`,
    bodyEn: `From today you find answers to frequent questions in the knowledge base, open to everyone.
During an outage you see it at once at the top of every page.`,
  },
];

/** Writes the demo articles and news, published, in the current (system-scoped) transaction. */
export async function writeDemoKnowledgeBase(em: EntityManager): Promise<void> {
  for (const item of ITEMS) {
    await em.query(
      `INSERT INTO kb_item (id, kind, slug, status, category, tags, title_nl, title_en, body_nl, body_en, published_at)
       VALUES ($1, $2, $3, 'PUBLISHED', $4, $5, $6, $7, $8, $9, now())`,
      [
        randomUUID(),
        item.kind,
        item.slug,
        item.category,
        item.tags,
        item.titleNl,
        item.titleEn,
        item.bodyNl,
        item.bodyEn,
      ],
    );
  }
}
