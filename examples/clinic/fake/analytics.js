// Stands in for an analytics vendor: runs only after consent, and says so.
(window.__runs = window.__runs || []).push('analytics');
console.log('[demo] analytics ran (consent given)');
