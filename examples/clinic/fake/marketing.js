// Stands in for an advertising pixel: runs only after consent, and says so.
(window.__runs = window.__runs || []).push('marketing');
console.log('[demo] marketing pixel ran (consent given)');
