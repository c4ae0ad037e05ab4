// End-to-end scenario of the staff Catalogue (issue 19): bieb.centrum adds a title by hand, ISBN first, with a copy;
// imports a small CSV file, a dry run first and then for real; and withdraws the copy it added itself. Own data
// only: every ISBN and barcode is made from the time of the run, so runs and parallel scenarios never meet.
import { assert, textMatches, urlMatches, visible } from './helpers.mjs';
import { scenarios } from './scenarios.mjs';
// Not from scenarios-student.mjs: importing it here would register its scenarios under this file.
import { api, logInAt } from './service-api.mjs';

const LIBRARIAN = 'bieb.centrum';
const CENTRUM = 'Bibliotheek Rivierenland Centrum';

/** A valid ISBN-13 (978…) from a number: its last nine digits and the check digit. */
export function isbnFrom(n) {
  const twelve = `978${String(n).padStart(9, '0').slice(-9)}`;
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(twelve[i]) * (i % 2 === 0 ? 1 : 3);
  return `${twelve}${(10 - (sum % 10)) % 10}`;
}

scenarios.push({
  name: 'catalogue: a librarian adds a title with a copy, imports a CSV file (dry run, then apply) and withdraws a copy',
  async run({ page, go, shot, axe }) {
    const stamp = Date.now();
    const isbn = isbnFrom(stamp);
    const importIsbn = isbnFrom(stamp + 1);
    const suffix = String(stamp).slice(-10);
    const barcode = `E2E${suffix}`;
    const importBarcodes = [`E2F${suffix}`, `E2G${suffix}`];
    const title = `E2E Catalogus ${suffix}`;
    const centrum = (await api('/api/locations', { as: LIBRARIAN })).find((l) => l.name === CENTRUM);
    assert(centrum, `the location ${CENTRUM}`);

    // 1. A title by hand: the ISBN is unknown, so the form follows with the ISBN filled in.
    await logInAt(page, go, '/balie/catalogus', LIBRARIAN);
    await visible(page.getByRole('heading', { level: 1, name: 'Catalogus' }), 'the catalogue page');
    await visible(page.getByRole('navigation', { name: 'Balie' }).getByRole('link', { name: 'Catalogus' }));
    await page.getByLabel('ISBN of recordnummer').fill(isbn);
    await page.keyboard.press('Enter');
    await visible(
      page.getByText('Deze titel staat nog niet in de catalogus.', { exact: false }),
      'not found',
    );
    assert((await page.getByLabel('ISBN', { exact: true }).inputValue()) === isbn, 'the ISBN is filled in');
    await page.getByLabel(/^Titel/).fill(title);
    await page.getByLabel(/^Auteurs/).fill('Eva Endtoend; Piet Playwright');
    await page.getByLabel('Jaar van uitgave').fill('2026');
    const copy = page.getByRole('group', { name: 'Exemplaar 1' });
    await copy.getByLabel(/Barcode/).fill(barcode);
    await copy.getByLabel(/Locatie/).selectOption({ label: CENTRUM });
    await copy.getByLabel(/Plaatsingscode/).fill('JE ENDT');
    await axe('the new-title form');
    await shot('catalogue-new-title');
    await page.getByRole('button', { name: 'Titel toevoegen' }).click();
    await visible(page.getByText('De titel is toegevoegd, met 1 exemplaar.'), 'the created notice');
    await visible(page.getByRole('heading', { level: 2, name: title }), 'the created title');
    await textMatches(page.getByTestId('catalogue-copies'), new RegExp(barcode), 'the copies table');
    await shot('catalogue-title-created');

    // Looked up again, it is found and offers "add a copy".
    await page.getByLabel('ISBN of recordnummer').fill(isbn);
    await page.getByRole('button', { name: 'Opzoeken' }).click();
    await visible(page.getByRole('form', { name: 'Exemplaar toevoegen' }), 'the add-a-copy form');

    // 2. A CSV file: the dry run says what would happen and changes nothing; then the import.
    await page.getByRole('link', { name: 'Bestand importeren' }).click();
    await urlMatches(page, /\/balie\/catalogus\/importeren$/);
    const csv = [
      'isbn,title,authors,publicationYear,barcode,location,shelfMark',
      ...importBarcodes.map(
        (code) => `${importIsbn},E2E Import ${suffix},Ilse Import,2025,${code},${centrum.code},JE IMPO`,
      ),
    ].join('\n');
    await page.getByLabel(/^Bestand/).setInputFiles({
      name: `e2e-${suffix}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(`${csv}\n`, 'utf8'),
    });
    await page.getByRole('button', { name: 'Proefimport' }).click();
    await visible(page.getByRole('heading', { name: `Proefimport van e2e-${suffix}.csv` }), 'the dry run');
    await textMatches(page.getByTestId('import-dry-run-counts'), /Titels\s*1\s*0\s*0\s*0/, 'titles: 1 new');
    await textMatches(
      page.getByTestId('import-dry-run-counts'),
      /Exemplaren\s*2\s*0\s*0\s*0/,
      'copies: 2 new',
    );
    const before = await api(`/api/titles/lookup?isbn=${importIsbn}`, { as: LIBRARIAN }).catch(() => null);
    assert(before === null, 'the dry run created no title');
    await axe('the import dry run');
    await shot('catalogue-import-dry-run');
    await page.getByRole('button', { name: 'Importeren' }).click();
    await visible(
      page.getByRole('heading', { name: `e2e-${suffix}.csv is geïmporteerd` }),
      'the import result',
    );
    await textMatches(
      page.getByTestId('import-applied-counts'),
      /Exemplaren\s*2\s*0\s*0\s*0/,
      'copies: 2 new',
    );
    const imported = await api(`/api/titles/lookup?isbn=${importIsbn}`, { as: LIBRARIAN });
    assert(imported.copies.length === 2, `the import made 2 copies, found ${imported.copies.length}`);
    await visible(page.getByRole('table', { name: /Eerdere imports/ }), 'the earlier imports');
    await shot('catalogue-import-applied');

    // 3. The copy added by hand is withdrawn, after a confirmation; its page shows when, by whom and why.
    await go(`/balie/exemplaren/${barcode}`);
    await page.getByRole('button', { name: 'Afschrijven' }).click();
    const dialog = page.getByRole('dialog', { name: `Exemplaar ${barcode} afschrijven?` });
    await visible(dialog, 'the withdraw dialog');
    await dialog.getByLabel(/Reden/).fill('E2E: beschadigd');
    await axe('the withdraw dialog');
    await shot('catalogue-withdraw-dialog');
    await dialog.getByRole('button', { name: 'Afschrijven' }).click();
    await textMatches(
      page.getByTestId('copy-withdrawn'),
      /door bieb\.centrum\. Reden: E2E: beschadigd/,
      'the withdrawal',
    );
    assert(
      (await page.getByRole('button', { name: 'Verplaatsen' }).count()) === 0,
      'a withdrawn copy has no move action',
    );
    await shot('catalogue-copy-withdrawn');
  },
});
