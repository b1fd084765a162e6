import CollabGraph
import CollabAnalysis
import CollabOutput
import Foundation

/// An interactive map for the report page: the map's SVG inline with a small inline script
/// (no external assets, works offline from a file) that adds
/// - **pan and zoom**: drag to pan, the wheel or the +/− buttons to zoom, "Reset" to fit;
/// - **search**: type part of a name (the list suggests names); the first match is
///   outlined, centred and described, and the page's `#search=<text>` fragment runs the
///   same search on load (so a link or a headless browser can use it);
/// - **hover**: an actor's name, kind, group (e.g. sector) and main measures;
/// - **click**: the actor and its partners stay, everything else fades (click the
///   background or press Escape to clear);
/// - **filter**: by group value and by kind; the others fade.
///
/// Safety: actor names, kinds and groups travel only as JSON inside a
/// `<script type="application/json">` element, with `<`, `>`, `&`, U+2028 and U+2029
/// written as `\uXXXX` escapes, so no name can close the element; the script puts text
/// on the page only through `textContent` and option values, never as markup. The SVG is
/// Graphviz's, whose labels were escaped when the DOT was written (``DOTWriter``) and are
/// escaped again by Graphviz's SVG writer.
///
/// The fragment has one root `<div class="collab-interactive-map" id="…">`; several can
/// live on one page under different ids.
///
/// - Complexity: O(size of the SVG + drawn actors × measures) to build; the script indexes
///   the drawn actors and ties once on load (O(n + m)).
public enum InteractiveMap {
    /// A per-actor value shown on hover: one value per actor of the graph (load order);
    /// nil when undefined.
    public struct Measure: Sendable {
        public var name: String
        public var values: [Double?]

        public init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
        }
    }

    /// The HTML fragment for the map in `svg` (as ``MapRenderer`` rendered it from `graph`).
    ///
    /// - Parameters:
    ///   - svg: the rendered SVG (Graphviz output; its XML prolog is dropped).
    ///   - groupAttribute: the attribute to show and filter by (e.g. `sector`); nil for none.
    ///   - measures: values shown on hover, in this order.
    ///   - id: the fragment's element id (letters, digits, `-` and `_` only; others become `_`).
    ///   - actors: the actors drawn (``ActorMap/actors`` of the map rendered).
    public static func fragment(svg: Data, actors: [Int32], graph: CollaborationGraph, groupAttribute: String?,
                                measures: [Measure], id: String = "collab-map") -> String {
        let safeID = String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "_" })
        let svgText = String(decoding: svg, as: UTF8.self)
        let inline = svgText.range(of: "<svg").map { String(svgText[$0.lowerBound...]) } ?? ""
        let drawn = actors.map { Int($0) }
        let json = data(graph: graph, actors: drawn, groupAttribute: groupAttribute, measures: measures)
        var out = "<div class=\"collab-interactive-map\" id=\"\(safeID)\">\n"
        out += "<style>\(style(safeID))</style>\n"
        out += "<div class=\"cg-toolbar\">"
        out += "<label>Find an actor <input type=\"search\" class=\"cg-search\" list=\"\(safeID)-names\" placeholder=\"part of a name\" autocomplete=\"off\"></label>"
        out += "<datalist id=\"\(safeID)-names\"></datalist>"
        if let groupAttribute {
            out += "<label>\(XMLEscaping.escape(groupAttribute.prefix(1).uppercased() + groupAttribute.dropFirst())) <select class=\"cg-filter\" data-filter=\"group\"><option value=\"\">all</option></select></label>"
        }
        out += "<label>Kind <select class=\"cg-filter\" data-filter=\"kind\"><option value=\"\">all</option></select></label>"
        out += "<span class=\"cg-buttons\"><button type=\"button\" data-zoom=\"in\" title=\"Zoom in\">+</button>"
        out += "<button type=\"button\" data-zoom=\"out\" title=\"Zoom out\">−</button>"
        out += "<button type=\"button\" data-zoom=\"reset\" title=\"Fit the whole map\">Reset</button></span>"
        out += "<span class=\"cg-status\" role=\"status\" aria-live=\"polite\"></span></div>\n"
        out += "<div class=\"cg-viewport\" tabindex=\"0\" aria-label=\"Collaboration map: drag to pan, wheel to zoom, click an actor to see its partners\">"
        out += inline
        out += "</div>\n<div class=\"cg-info\" hidden></div>\n"
        out += "<p class=\"cg-help\">Drag to pan, scroll or use +/− to zoom; hover an actor for its measures, click it to show its partners (Escape clears).</p>\n"
        out += "<script type=\"application/json\" class=\"cg-data\">\(json)</script>\n"
        out += "<script>\(script(safeID))</script>\n</div>\n"
        return out
    }

    /// Hover measures from a centrality table: degree, betweenness, closeness and
    /// eigenvector when computed (undefined columns are left out).
    public static func measures(_ table: CentralityTable) -> [Measure] {
        [CentralityMeasure.degree, .betweenness, .closeness, .eigenvector].compactMap { measure in
            guard let column = table.column(measure), column.undefinedReason == nil else { return nil }
            return Measure(name: measure.rawValue, values: column.values.map { Optional($0) })
        }
    }

    /// The actors' data as JSON safe to place inside a `<script>` element.
    static func data(graph: CollaborationGraph, actors: [Int], groupAttribute: String?, measures: [Measure]) -> String {
        var entries: [(String, JSONValue)] = []
        for u in actors {
            let actor = graph.actors[u]
            var fields: [(String, JSONValue)] = [("id", .string(actor.id)), ("label", .string(actor.label)),
                                                 ("kind", .string(actor.kind.isEmpty ? ActorGroups.missingName : actor.kind))]
            if let groupAttribute { fields.append(("group", .string(actor.value(of: groupAttribute) ?? ActorGroups.missingName))) }
            fields.append(("values", .array(measures.map { measure in
                guard u < measure.values.count, let value = measure.values[u], value.isFinite else { return .null }
                return .number(value)
            })))
            entries.append(("a\(u)", .object(fields)))
        }
        let root = JSONValue.object([
            ("group", groupAttribute.map { .string($0) } ?? .null),
            ("measures", .array(measures.map { .string($0.name) })),
            ("actors", .object(entries)),
        ])
        return scriptSafe(root.serialized(indent: 0))
    }

    /// JSON text with `<`, `>`, `&`, U+2028 and U+2029 as `\u` escapes: still the same
    /// JSON (they can only occur inside strings), and it cannot end a `<script>` element.
    static func scriptSafe(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func style(_ id: String) -> String {
        let root = "#\(id)"
        return """
        \(root) { position: relative; margin: 8px 0; }
        \(root) .cg-toolbar { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin-bottom: 6px; font-size: 14px; }
        \(root) .cg-toolbar input, \(root) .cg-toolbar select, \(root) .cg-toolbar button { font: inherit; padding: 2px 6px; }
        \(root) .cg-search { width: 16em; }
        \(root) .cg-status { color: #555; }
        \(root) .cg-viewport { height: 72vh; max-height: 80vh; min-height: 360px; border: 1px solid #ccc; border-radius: 6px; overflow: hidden; cursor: grab; touch-action: none; background: #fff; }
        \(root) .cg-viewport.cg-dragging { cursor: grabbing; }
        \(root) .cg-viewport svg { width: 100%; height: 100%; max-height: none; display: block; }
        \(root) g.node { cursor: pointer; }
        \(root).cg-selecting g.node:not(.cg-lit), \(root).cg-selecting g.edge:not(.cg-lit) { opacity: 0.12; }
        \(root) g.cg-filtered { opacity: 0.06; }
        \(root) g.node.cg-found > g > a > *:first-child, \(root) g.node.cg-found > g > a > polygon, \(root) g.node.cg-found > g > a > ellipse, \(root) g.node.cg-found > g > a > path { stroke: #D55E00; stroke-width: 5px; }
        \(root) .cg-info { position: absolute; top: 48px; right: 10px; max-width: 22em; background: rgba(255,255,255,0.96); border: 1px solid #bbb; border-radius: 6px; padding: 8px 10px; font-size: 13px; box-shadow: 0 2px 6px rgba(0,0,0,0.15); pointer-events: none; }
        \(root) .cg-info strong { display: block; font-size: 14px; margin-bottom: 4px; overflow-wrap: anywhere; }
        \(root) .cg-info table { border-collapse: collapse; }
        \(root) .cg-info td { padding: 0 8px 0 0; border: none; }
        \(root) .cg-help { font-size: 12px; color: #666; margin: 4px 0 0; }
        """
    }

    /// The script: ES5, scoped to the fragment's root element.
    static func script(_ id: String) -> String {
        """
        (function () {
          var root = document.getElementById('\(id)');
          if (!root) return;
          var data = JSON.parse(root.querySelector('script.cg-data').textContent);
          var svg = root.querySelector('svg'), viewport = root.querySelector('.cg-viewport');
          var info = root.querySelector('.cg-info'), status = root.querySelector('.cg-status');
          var search = root.querySelector('.cg-search');
          if (!svg) return;
          svg.removeAttribute('width'); svg.removeAttribute('height');
          var nodes = {}, partners = {}, edges = [], ids = [];
          Array.prototype.forEach.call(root.querySelectorAll('g.node'), function (g) {
            var t = g.querySelector('title'); if (!t) return;
            var key = t.textContent;
            if (!data.actors[key]) return;
            nodes[key] = g; ids.push(key); partners[key] = [];
            g.setAttribute('data-actor', data.actors[key].id);
            var link = g.querySelector('a'); if (link) link.removeAttribute('xlink:title');
          });
          Array.prototype.forEach.call(root.querySelectorAll('g.edge'), function (g) {
            var t = g.querySelector('title'); if (!t) return;
            var ends = t.textContent.split(/->|--/);
            if (ends.length !== 2 || !nodes[ends[0]] || !nodes[ends[1]]) return;
            edges.push({ g: g, a: ends[0], b: ends[1] });
            partners[ends[0]].push(ends[1]); partners[ends[1]].push(ends[0]);
          });
          // Names for the search list; values for the filters.
          var names = root.querySelector('datalist');
          var groups = {}, kinds = {};
          ids.forEach(function (key) {
            var a = data.actors[key];
            var option = document.createElement('option'); option.value = a.label; names.appendChild(option);
            if (a.group !== undefined) groups[a.group] = (groups[a.group] || 0) + 1;
            kinds[a.kind] = (kinds[a.kind] || 0) + 1;
          });
          function fill(select, counts) {
            if (!select) return;
            Object.keys(counts).sort().forEach(function (value) {
              var option = document.createElement('option');
              option.value = value; option.textContent = value + ' (' + counts[value] + ')';
              select.appendChild(option);
            });
          }
          fill(root.querySelector('select[data-filter=group]'), groups);
          fill(root.querySelector('select[data-filter=kind]'), kinds);
          // Pan and zoom through the viewBox.
          var base = svg.viewBox.baseVal;
          // The map opens fitted to what is drawn (actors, ties, title and legend), not to
          // Graphviz's canvas: the box of the graph's children but its white background.
          function contentBox() {
            var g = svg.querySelector('g.graph'); if (!g || !g.transform) return null;
            var t = g.transform.baseVal.consolidate(), m = t ? t.matrix : null;
            var background = g.querySelector('polygon');
            var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
            Array.prototype.forEach.call(g.children, function (c) {
              if (c === background || !c.getBBox) return;
              var b; try { b = c.getBBox(); } catch (e) { return; }
              if (!b.width && !b.height) return;
              [[b.x, b.y], [b.x + b.width, b.y + b.height]].forEach(function (p) {
                var x = m ? m.a * p[0] + m.c * p[1] + m.e : p[0], y = m ? m.b * p[0] + m.d * p[1] + m.f : p[1];
                x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
              });
            });
            if (!(x1 > x0 && y1 > y0)) return null;
            var pad = 0.02 * Math.max(x1 - x0, y1 - y0);
            return { x: x0 - pad, y: y0 - pad, w: x1 - x0 + 2 * pad, h: y1 - y0 + 2 * pad };
          }
          var home = contentBox() || { x: base.x, y: base.y, w: base.width, h: base.height };
          var box = { x: home.x, y: home.y, w: home.w, h: home.h };
          // An overview's communities open actor by actor (their blocks under the map).
          Array.prototype.forEach.call(root.querySelectorAll('g.node'), function (g) {
            var t = g.querySelector('title'); if (!t) return;
            var match = /^c(\\d+)$/.exec(t.textContent); if (!match) return;
            var block = document.getElementById('\(id)-community-' + match[1]); if (!block) return;
            g.addEventListener('click', function (e) {
              e.stopPropagation(); if (moved) return;
              block.open = true; block.scrollIntoView();
              status.textContent = 'Community ' + match[1] + ' opened actor by actor below the map';
            });
          });
          // The viewport takes the map's proportions, up to 80% of the window's height.
          if (home.w > 0 && home.h > 0) { viewport.style.height = 'auto'; viewport.style.aspectRatio = home.w + ' / ' + home.h; }
          function apply() { svg.setAttribute('viewBox', box.x + ' ' + box.y + ' ' + box.w + ' ' + box.h); }
          apply();
          function toMap(clientX, clientY) {
            var p = svg.createSVGPoint(); p.x = clientX; p.y = clientY;
            return p.matrixTransform(svg.getScreenCTM().inverse());
          }
          function zoom(factor, cx, cy) {
            var w = Math.min(Math.max(box.w * factor, home.w / 60), home.w * 4);
            var f = w / box.w;
            box.x = cx - (cx - box.x) * f; box.y = cy - (cy - box.y) * f;
            box.w = w; box.h = box.h * f; apply();
          }
          function centre() { return { x: box.x + box.w / 2, y: box.y + box.h / 2 }; }
          viewport.addEventListener('wheel', function (e) {
            e.preventDefault();
            var p = toMap(e.clientX, e.clientY);
            zoom(e.deltaY < 0 ? 0.8 : 1.25, p.x, p.y);
          }, { passive: false });
          var drag = null, moved = false;
          viewport.addEventListener('pointerdown', function (e) {
            drag = { x: e.clientX, y: e.clientY, bx: box.x, by: box.y }; moved = false;
          });
          window.addEventListener('pointermove', function (e) {
            if (!drag) return;
            var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
            if (Math.abs(dx) + Math.abs(dy) > 3) { moved = true; viewport.classList.add('cg-dragging'); }
            var scale = box.w / (svg.clientWidth || 1);
            var scaleY = box.h / (svg.clientHeight || 1);
            scale = Math.max(scale, scaleY);
            box.x = drag.bx - dx * scale; box.y = drag.by - dy * scale; apply();
          });
          window.addEventListener('pointerup', function () { drag = null; viewport.classList.remove('cg-dragging'); });
          Array.prototype.forEach.call(root.querySelectorAll('button[data-zoom]'), function (button) {
            button.addEventListener('click', function () {
              var c = centre(), kind = button.getAttribute('data-zoom');
              if (kind === 'reset') { box = { x: home.x, y: home.y, w: home.w, h: home.h }; apply(); }
              else zoom(kind === 'in' ? 0.7 : 1.4, c.x, c.y);
            });
          });
          // Hover: what an actor is.
          function number(x) { return x === null ? 'undefined' : (Math.abs(x) >= 100 || x === Math.round(x) ? String(Math.round(x * 100) / 100) : x.toPrecision(3)); }
          function describe(key) {
            var a = data.actors[key];
            while (info.firstChild) info.removeChild(info.firstChild);
            var title = document.createElement('strong'); title.textContent = a.label; info.appendChild(title);
            var table = document.createElement('table');
            function row(name, value) {
              var tr = document.createElement('tr'), th = document.createElement('td'), td = document.createElement('td');
              th.textContent = name; td.textContent = value; tr.appendChild(th); tr.appendChild(td); table.appendChild(tr);
            }
            row('id', a.id);
            row('kind', a.kind);
            if (data.group !== null) row(data.group, a.group);
            row('partners on the map', String(partners[key].length));
            data.measures.forEach(function (name, i) { row(name, number(a.values[i])); });
            info.appendChild(table);
            info.hidden = false;
          }
          ids.forEach(function (key) {
            var g = nodes[key];
            g.addEventListener('mouseenter', function () { describe(key); });
            g.addEventListener('mouseleave', function () { if (!selected) info.hidden = true; else describe(selected); });
            g.addEventListener('click', function (e) { e.stopPropagation(); if (!moved) select(key); });
          });
          // Click: the actor and its partners.
          var selected = null;
          function clear() {
            selected = null; root.classList.remove('cg-selecting');
            Array.prototype.forEach.call(root.querySelectorAll('.cg-lit'), function (g) { g.classList.remove('cg-lit'); });
            info.hidden = true;
          }
          function select(key) {
            clear(); selected = key; root.classList.add('cg-selecting');
            nodes[key].classList.add('cg-lit');
            partners[key].forEach(function (p) { nodes[p].classList.add('cg-lit'); });
            edges.forEach(function (e) { if (e.a === key || e.b === key) e.g.classList.add('cg-lit'); });
            status.textContent = data.actors[key].label + ': ' + partners[key].length + ' partner' + (partners[key].length === 1 ? '' : 's') + ' on the map';
            describe(key);
          }
          svg.addEventListener('click', function () { if (!moved) clear(); });
          root.addEventListener('keydown', function (e) { if (e.key === 'Escape') clear(); });
          // Search by name.
          function find(text) {
            Array.prototype.forEach.call(root.querySelectorAll('.cg-found'), function (g) { g.classList.remove('cg-found'); });
            root.removeAttribute('data-found');
            var q = text.trim().toLowerCase();
            if (!q) { status.textContent = ''; return; }
            var exact = [], partial = [];
            ids.forEach(function (key) {
              var label = data.actors[key].label.toLowerCase();
              if (label === q || data.actors[key].id.toLowerCase() === q) exact.push(key);
              else if (label.indexOf(q) >= 0) partial.push(key);
            });
            var matches = exact.concat(partial);
            if (!matches.length) { status.textContent = 'No actor on the map matches \\u201c' + text + '\\u201d'; return; }
            var key = matches[0];
            nodes[key].classList.add('cg-found');
            root.setAttribute('data-found', data.actors[key].id);
            var r = nodes[key].getBoundingClientRect();
            var p = toMap(r.left + r.width / 2, r.top + r.height / 2);
            box.w = home.w / 3; box.h = home.h / 3; box.x = p.x - box.w / 2; box.y = p.y - box.h / 2; apply();
            select(key);
            status.textContent = 'Found ' + data.actors[key].label + (matches.length > 1 ? ' (first of ' + matches.length + ' matches)' : '') + '; ' + partners[key].length + ' partner' + (partners[key].length === 1 ? '' : 's') + ' on the map';
          }
          search.addEventListener('change', function () { find(search.value); });
          search.addEventListener('keydown', function (e) { if (e.key === 'Enter') find(search.value); });
          // Filters by group and kind.
          function filter() {
            var values = {};
            Array.prototype.forEach.call(root.querySelectorAll('select.cg-filter'), function (s) { values[s.getAttribute('data-filter')] = s.value; });
            var hidden = {};
            ids.forEach(function (key) {
              var a = data.actors[key];
              var out = (values.group && a.group !== values.group) || (values.kind && a.kind !== values.kind);
              hidden[key] = !!out;
              nodes[key].classList.toggle('cg-filtered', !!out);
            });
            edges.forEach(function (e) { e.g.classList.toggle('cg-filtered', hidden[e.a] || hidden[e.b]); });
          }
          Array.prototype.forEach.call(root.querySelectorAll('select.cg-filter'), function (s) { s.addEventListener('change', filter); });
          // #search=<text> in the page address runs a search on load.
          var hash = window.location.hash;
          if (hash.indexOf('#search=') === 0) {
            search.value = decodeURIComponent(hash.slice(8).replace(/\\+/g, ' '));
            find(search.value);
          }
        })();
        """
    }
}
