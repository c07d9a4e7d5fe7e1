// Start from a web page: extract the article (text, title, byline, date, site), analyse it, and
// see which language slantwise found. Offsets of an HTML analysis index `extraction.text`.
import { analyzeArticle, extractArticle } from 'slantwise';

const html = `<!doctype html><html lang="en"><head><title>Ferry back in service | Coast Courier</title>
<meta property="og:site_name" content="Coast Courier"><meta property="article:published_time" content="2031-05-02T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry back in service</h1><p class="dek">Repairs to the hull took six weeks.</p>
<div class="byline">By Ola Berg</div>
<p>The island ferry resumed service on Friday after repairs to its hull, the operator said.</p>
<figure><img src="ferry.jpg"><figcaption>The ferry leaving port. Photo: Coast Courier</figcaption></figure>
<p>“We are glad to be back,” said captain Ines Mora. Tickets bought for cancelled crossings will be refunded.</p>
<div class="share-tools">Share this article</div></article></body></html>`;

const page = extractArticle(html, { url: 'https://courier.example/ferry' });
console.log({ title: page.title, standfirst: page.standfirst, authors: page.authors, publishedAt: page.publishedAt, siteName: page.siteName });
console.log(page.text);

const analysis = analyzeArticle({ id: 'ferry', html, url: 'https://courier.example/ferry' });
for (const q of analysis.quotes) {
  // Spans index the extracted text.
  console.log(`quote by ${q.speaker}: ${analysis.extraction.text.slice(q.start, q.end)}`);
}
console.log('language:', analysis.lang, 'warnings:', analysis.warnings);

const spanish = analyzeArticle('El ferry volvió a funcionar el viernes después de seis semanas de reparaciones en el casco, según informó la empresa operadora a los pasajeros.');
console.log('language:', spanish.lang, 'warnings:', spanish.warnings.map((w) => w.code), 'frames:', spanish.frames);
