"""The review page's stylesheet and script (no outside resources: the page works offline)."""

CSS = """
body{font-family:"WenQuanYi Zen Hei","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0 2em 4em;
     color:#222;line-height:1.5}
h1{margin-bottom:0} .sub{color:#666;margin-top:0}
section{margin-top:2em}
table.summary td,table.summary th{padding:2px 12px;text-align:left}
table.summary td.n{text-align:right;font-variant-numeric:tabular-nums}
.filters{display:flex;flex-wrap:wrap;gap:.6em;align-items:center;margin:.5em 0}
.filters input[type=search]{min-width:18em;padding:3px}
#facts-table{border-collapse:collapse;width:100%;font-size:14px}
#facts-table th{position:sticky;top:0;background:#f0f0f0;text-align:left}
#facts-table td,#facts-table th{border-bottom:1px solid #ddd;padding:3px 6px;vertical-align:top}
#facts-table td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.conflict td{background:#fff3f0}
details summary{cursor:pointer;color:#245}
.evidence{margin:.3em 0 .3em 1em;font-size:13px}
mark{background:#ffe066;padding:0 1px}
mark.medical{background:#ffd43b}
mark.other{background:#c5f6fa}
mark.ev{background:#ffa94d}
article.doc{display:none;border:1px solid #ccc;padding:1em;margin-top:1em}
article.doc:target{display:block}
article.doc pre{white-space:pre-wrap;font-family:inherit;font-size:15px}
.muted{color:#888}
"""

JS = """
(function () {
  var table = document.getElementById('facts-table');
  if (!table) return;
  var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr.fact'));
  var search = document.getElementById('f-search');
  var selects = Array.prototype.slice.call(document.querySelectorAll('.filters select'));
  var onlyConflicts = document.getElementById('f-conflict');
  var count = document.getElementById('f-count');
  function apply() {
    var q = search.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (tr) {
      var ok = !q || tr.textContent.toLowerCase().indexOf(q) >= 0;
      selects.forEach(function (s) { if (s.value && tr.dataset[s.dataset.key] !== s.value) ok = false; });
      if (onlyConflicts.checked && tr.dataset.conflict !== 'true') ok = false;
      tr.hidden = !ok;
      if (ok) shown += 1;
    });
    count.textContent = shown + ' / ' + rows.length;
  }
  search.addEventListener('input', apply);
  selects.forEach(function (s) { s.addEventListener('change', apply); });
  onlyConflicts.addEventListener('change', apply);
  apply();
})();
"""
