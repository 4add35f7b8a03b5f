/// The stylesheet and script, embedded so the server needs no files and pages load nothing from
/// elsewhere (the Content-Security-Policy allows only this origin).
enum Assets {
    static let stylesheet = """
        :root { --ink: #1d1f21; --muted: #5f6368; --line: #d9dce0; --accent: #1a5fb4; --mark: #fff2a8;
                --agree: #1e7b34; --conflict: #b3261e; --changed: #8a5a00; --related: #5f6368; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); }
        header { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; padding: .6rem 1.5rem;
                 border-bottom: 1px solid var(--line); background: #f7f8fa; }
        header .brand { font-weight: 700; color: var(--ink); text-decoration: none; }
        header nav a { margin-right: 1rem; color: var(--accent); text-decoration: none; }
        header nav a[aria-current] { font-weight: 600; color: var(--ink); }
        header .quick { margin-left: auto; display: flex; gap: .3rem; }
        header .access { font-size: .8rem; color: var(--changed); }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
        h1 { font-size: 1.4rem; display: flex; gap: 1rem; align-items: baseline; }
        h1 .json, .downloads a { font-size: .8rem; font-weight: 400; }
        input, select, button { font: inherit; padding: .25rem .4rem; }
        form.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin-bottom: 1rem; }
        form.filters label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); }
        .layout { display: grid; grid-template-columns: 14rem 1fr; gap: 2rem; }
        @media (max-width: 50rem) { .layout { grid-template-columns: 1fr; } }
        .facets h2 { font-size: .9rem; margin: 1rem 0 .3rem; }
        .facets ul { list-style: none; margin: 0; padding: 0; font-size: .9rem; }
        .facets a[aria-current] { font-weight: 700; }
        .hit { margin: 0 0 1.2rem; }
        .hit h2 { font-size: 1.05rem; margin: 0; }
        .meta { color: var(--muted); font-size: .85rem; }
        mark { background: var(--mark); color: inherit; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
        th a { color: inherit; }
        td.num { text-align: right; white-space: nowrap; }
        .badge { display: inline-block; padding: 0 .5rem; border-radius: 1rem; font-size: .8rem; font-weight: 600; color: #fff; }
        .badge.agree { background: var(--agree); } .badge.conflict { background: var(--conflict); }
        .badge.changed { background: var(--changed); } .badge.related { background: var(--related); }
        .rejected { text-decoration: line-through; color: var(--muted); }
        .document { display: grid; grid-template-columns: 1fr 22rem; gap: 2rem; }
        @media (max-width: 60rem) { .document { grid-template-columns: 1fr; } }
        .text { white-space: pre-wrap; font-family: Georgia, serif; line-height: 1.6; }
        a.figure { background: #dcebff; color: inherit; text-decoration: none; border-bottom: 2px solid var(--accent); }
        a.figure:target, li:target { outline: 2px solid var(--accent); }
        .claims-side { font-size: .85rem; }
        .claims-side li { margin-bottom: .5rem; }
        .pager { display: flex; gap: 1rem; margin: 1rem 0; }
        .error { border-left: 4px solid var(--conflict); padding: .5rem 1rem; background: #fdf0ef; }
        .notice { border-left: 4px solid var(--accent); padding: .5rem 1rem; background: #eef4fc; }
        dl.fields { display: grid; grid-template-columns: 10rem 1fr; gap: .2rem 1rem; }
        dl.fields dt { color: var(--muted); }
        svg.timeline { max-width: 40rem; height: auto; }
        .group { border: 1px solid var(--line); border-radius: .4rem; padding: .8rem 1rem; margin-bottom: 1rem; }
        .group h2 { font-size: 1.05rem; margin: 0 0 .3rem; }
        """

    /// Progressive enhancement only: column headers already link to the sorted page; the script
    /// confirms a rejection before the form is sent.
    static let script = """
        document.addEventListener('submit', function (event) {
          var form = event.target;
          if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) { event.preventDefault(); }
        });
        """
}
