import { markup, trustedHtml, type SafeHtml } from '../html';

/**
 * The Cúram-style page shell every METS page shares: banner, section navigation when signed in,
 * the page header with its `<h1>`, and the footer.
 */

/** Enough styling to look like the portal in a demo; the pages need no script. */
const STYLE = trustedHtml(`
body { margin: 0; font: 14px/1.4 Arial, Helvetica, sans-serif; color: #222; background: #eef1f4; }
.app-banner { background: #00395d; color: #fff; padding: 10px 24px; display: flex;
  justify-content: space-between; align-items: center; }
.app-banner a { color: #fff; }
.banner-title { font-size: 18px; font-weight: bold; }
.app-sections { list-style: none; margin: 0; padding: 0 24px; background: #d9e2ea;
  display: flex; }
.app-sections li a { display: block; padding: 8px 14px; color: #00395d; text-decoration: none; }
.page { margin: 18px 24px; padding: 16px 24px; background: #fff; border: 1px solid #c5ced6; }
.page-title { font-size: 22px; margin: 0 0 12px; color: #00395d; }
.cluster { margin: 0 0 16px; border: 1px solid #dde3e8; }
.cluster-title { margin: 0; padding: 6px 10px; font-size: 15px; background: #f2f5f7; }
.field-cluster, .list-table, .detail-table { border-collapse: collapse; margin: 8px 10px; }
.field-cluster th, .detail-table th { text-align: left; font-weight: normal;
  padding: 5px 12px 5px 0; vertical-align: top; width: 280px; }
.list-table th, .list-table td { border: 1px solid #dde3e8; padding: 5px 10px; text-align: left; }
.mandatory { color: #b00020; margin-left: 2px; }
.error-summary { border: 2px solid #b00020; background: #fdecee; padding: 8px 14px;
  margin: 0 0 14px; }
.error-summary h2 { font-size: 15px; margin: 0 0 4px; color: #b00020; }
.info-message { border: 1px solid #7aa7c7; background: #eaf3fa; padding: 8px 14px;
  margin: 0 0 14px; }
.action-set { margin: 12px 10px; }
.action-set button { background: #00395d; color: #fff; border: 0; padding: 7px 16px; }
.app-footer { margin: 0 24px 24px; font-size: 12px; color: #555; }
`);

/** The parts of one page. */
export interface MetsPageParts {
  heading: string;
  body: SafeHtml;
  /** Display name of the signed-in navigator; absent on the login and system pages. */
  navigatorName?: string;
}

/** A complete METS page. */
export function metsPage({ heading, body, navigatorName }: MetsPageParts): SafeHtml {
  return markup`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${heading} - MNsure Assister Portal</title>
<style>${STYLE}</style>
</head>
<body class="curam">
<div id="app-container" class="app-container">
<header id="app-banner" class="app-banner" role="banner">
<span class="banner-title">MNsure Assister Portal</span>
${navigatorName === undefined ? '' : userMenu(navigatorName)}
</header>
${navigatorName === undefined ? '' : sectionNavigation()}
<div id="content-area" class="content-area">
<main id="main-content" class="page" role="main">
<div class="page-header"><h1 class="page-title">${heading}</h1></div>
<div class="page-body">
${body}
</div>
</main>
</div>
<footer id="app-footer" class="app-footer" role="contentinfo">
<p>Practice portal for testing Case Associator. Not affiliated with MNsure or the State of
Minnesota. Every person shown is invented.</p>
</footer>
</div>
</body>
</html>
`;
}

function userMenu(navigatorName: string): SafeHtml {
  return markup`<div class="banner-user">
Signed in as <span class="user-name">${navigatorName}</span>
| <a href="/mets/logout" class="sign-out">Sign out</a></div>`;
}

function sectionNavigation(): SafeHtml {
  return markup`<nav id="app-nav" aria-label="Sections">
<ul class="app-sections">
<li><a href="/mets/dashboard">Home</a></li>
<li><a href="/mets/ncaf">Navigator Case Association Form</a></li>
<li><a href="/mets/associations">Case associations</a></li>
</ul>
</nav>`;
}
