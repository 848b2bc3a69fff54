#!/usr/bin/env python3
"""Lays out a BPMN model's diagram (DI only: the process part of the file is kept byte for byte) as a
business diagram: columns follow the flow, the main path runs straight along the top row of its lane,
side branches and escalations sit under what they branch from, every flow is routed orthogonally around
shapes and labels and starts and ends on its shapes' outlines, labels sit where they cover nothing.
  docs/processes/layout.py processes/protection/childProtectionCase.bpmn [--plane ID ...]
Without --plane every plane of the file is laid out. Check the result with check-layout.py."""
import heapq
import os
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bpmn_di import NS, EXTERNAL_LABEL, Model, wrap, overlap, task_lines, task_text_room

SIZE = {'exclusiveGateway': (50, 50), 'parallelGateway': (50, 50), 'inclusiveGateway': (50, 50),
        'eventBasedGateway': (50, 50)}
EVENT = (36, 36)
TASK = (100, 80)
POOL_HEADER = 30
LANE_HEADER = 30
COL_GAP = 34
ROW_GAP = 26
LANE_PAD = 16
GRID = 10


def size_of(el):
    if el.type.endswith('Event'):
        return EVENT
    if el.type in SIZE:
        return SIZE[el.type]
    # an activity wide enough for its name in two lines, else taller
    for w in (100, 120, 140, 160):
        if task_lines(el.name, w) * 14.4 <= task_text_room(el.type, 80):
            return (w, 80)
    return (160, int(-(-(task_lines(el.name, 160) * 14.4 + 80 - task_text_room(el.type, 80)) // 10) * 10))


def label_size(text):
    lines = wrap(text, 90, 11)
    return max(w for _, w in lines) + 2, len(lines) * 13.2 + 1


def snap(v):
    return int(round(v / GRID)) * GRID


class Layout:
    def __init__(self, model, plane_xml, plane):
        self.model = model
        self.plane_xml = plane_xml
        self.plane = plane
        owner = plane.element
        self.pool = None
        self.lanes = []
        if owner.type == 'collaboration':
            self.pool = next(s for s in plane.shapes.values() if s.element.type == 'participant')
            process = model.elements[self.pool.element.process]
            scope = process
            self.lanes = [model.elements[l.get('id')] for l in
                          model.root.findall('.//bpmn:process[@id="%s"]/bpmn:laneSet/bpmn:lane' % process.id, NS)]
        else:
            scope = owner
        self.scope = scope
        items = scope.children
        self.nodes = [e for e in items if e.type not in ('sequenceFlow', 'boundaryEvent', 'association', 'group',
                                                          'textAnnotation')]
        # elements without a shape yet (added in a text editor, or merged) are laid out and drawn too
        self.boundaries = [e for e in items if e.type == 'boundaryEvent']
        self.flows = [e for e in items if e.type == 'sequenceFlow']
        self.groups = [e for e in items if e.type == 'group' and e.id in plane.shapes]
        self.lane_index = {l.id: i for i, l in enumerate(self.lanes)}

    def lane_of(self, n):
        if not self.lanes:
            return 0
        return self.lane_index.get(n.lane, 0)

    # ---------- columns ----------
    def host(self, el):
        return self.model.elements[el.attached_to] if el.type == 'boundaryEvent' else el

    def run(self):
        els = self.model.elements
        nodes = self.nodes
        succ = {n.id: [] for n in nodes}
        pred = {n.id: [] for n in nodes}
        for f in self.flows:
            s = self.host(els[f.source])
            if s.id in succ and f.target in pred:
                succ[s.id].append((f.target, f))
                pred[f.target].append((s.id, f))
        self.succ, self.pred = succ, pred
        isolated = [n for n in nodes if not succ[n.id] and not pred[n.id]]
        starts = [n.id for n in nodes if n.type == 'startEvent' and n not in isolated] + \
                 [n.id for n in nodes if not pred[n.id] and n.type != 'startEvent' and n not in isolated]
        back = set()
        state = {}
        order = []

        def dfs(u):
            stack = [(u, iter(succ[u]))]
            state[u] = 1
            while stack:
                v, it = stack[-1]
                nxt = next(it, None)
                if nxt is None:
                    state[v] = 2
                    order.append(v)
                    stack.pop()
                    continue
                w, f = nxt
                if state.get(w) == 1:
                    back.add(f.id)
                elif w not in state:
                    state[w] = 1
                    stack.append((w, iter(succ[w])))
        for s in starts:
            if s not in state:
                dfs(s)
        for n in nodes:
            if n.id not in state and n not in isolated:
                dfs(n.id)
        topo = list(reversed(order))
        self.back = back
        col = {n: 0 for n in topo}
        for u in topo:
            for w, f in succ[u]:
                if f.id not in back:
                    col[w] = max(col[w], col[u] + 1)
        # pull nodes right towards their successors when that shortens nothing else (sinks stay next to preds)
        height = {}
        for u in reversed(topo):
            height[u] = max([height[w] + 1 for w, f in succ[u] if f.id not in back] or [0])
        self.col, self.height, self.topo = col, height, topo
        self.isolated = isolated
        self.rows()
        self.coordinates()
        self.place_labels()
        self.route_all()
        self.edge_labels()

    # ---------- rows ----------
    def rows(self):
        col, succ, pred = self.col, self.succ, self.pred
        els = self.model.elements
        occupied = {}  # (lane,row,col) -> node
        row = {}
        lane = {n.id: self.lane_of(n) for n in self.nodes}
        main = {}
        for u in self.topo:
            cands = [(w, f) for w, f in succ[u] if f.id not in self.back and lane[w] == lane[u]
                     and els[f.source].type != 'boundaryEvent']
            if cands:
                # the successor on the longest way on stays in the row; a sink never does while others exist
                best = max(cands, key=lambda wf: (self.height[wf[0]], -cands.index(wf)))
                main[u] = best[0]
        order = sorted(self.topo, key=lambda n: (col[n], self.topo.index(n)))

        def free(ln, r, c0, c1):
            return all((ln, r, c) not in occupied for c in range(c0, c1 + 1))
        for n in order:
            ln = lane[n]
            ps = [(p, f) for p, f in pred[n] if p in row and lane[p] == ln and f.id not in self.back]
            want, lo = 0, 0
            if ps:
                mains = [p for p, f in ps if main.get(p) == n]
                if mains:
                    p = min(mains, key=lambda p: row[p])
                    want, lo = row[p], row[p]
                    c0 = col[p] + 1
                else:
                    p = min((p for p, f in ps), key=lambda p: row[p])
                    want = row[p] + 1
                    lo = want
                    c0 = col[n]
            else:
                other = [p for p, f in pred[n] if p in row]
                c0 = col[n]
            r = want
            while not free(ln, r, c0, col[n]):
                r += 1
                c0 = col[n]
            row[n] = r
            occupied[(ln, r, col[n])] = n
            for c in range(c0, col[n]):
                occupied.setdefault((ln, r, c), '-')  # keep the straight way to n free
        # isolated nodes (event sub-processes): in the first column under the start, one per row
        for n in self.isolated:
            ln = lane[n.id]
            r = 1 if any(k[0] == ln and k[2] == 0 for k in occupied) else 0
            while (ln, r, 0) in occupied:
                r += 1
            row[n.id] = r
            self.col[n.id] = 0
            occupied[(ln, r, 0)] = n.id
        self.row, self.lane = row, lane

    # ---------- coordinates ----------
    def coordinates(self):
        els = self.model.elements
        nodes = {n.id: n for n in self.nodes}
        bcount = {}
        for b in self.boundaries:
            bcount.setdefault(b.attached_to, []).append(b)
        self.bcount = bcount
        size = {}
        for n in self.nodes:
            w, h = size_of(n)
            if n.id in bcount:
                m = len(bcount[n.id])
                w = max(w, 2 * (40 * m + 4) if n.type == 'subProcess' else 40 * m + 30)
            size[n.id] = (w, h)
        self.size = size
        ncols = max(self.col.values()) + 1 if self.col else 1
        colw = [0] * ncols
        for n in self.nodes:
            w = size[n.id][0]
            if n.type in EXTERNAL_LABEL and n.name:
                w = max(w, label_size(n.name)[0] - COL_GAP)
            colw[self.col[n.id]] = max(colw[self.col[n.id]], w)
        # rows: extents above and below the centre line
        nlanes = max(len(self.lanes), 1)
        up, down = {}, {}
        for n in self.nodes:
            key = (self.lane[n.id], self.row[n.id])
            w, h = size[n.id]
            u, d = h / 2, h / 2
            if n.type in EXTERNAL_LABEL and n.name:
                lh = label_size(n.name)[1]
                if n.type.endswith('Gateway'):
                    u += lh + 4
                else:
                    d += lh + 4
            if n.id in bcount:
                lh = max((label_size(b.name)[1] if b.name else 0) for b in bcount[n.id])
                d = max(d, h / 2 + 18 + max(lh, 14) + 6)
            up[key] = max(up.get(key, 0), u)
            down[key] = max(down.get(key, 0), d)
        left = self.pool.x + POOL_HEADER + LANE_HEADER if self.pool else 100
        if self.pool:
            top = self.pool.y
        else:
            top = 40  # a drill-down plane: from a fixed corner, so laying out again changes nothing
        gap = [COL_GAP] * ncols
        for f in self.flows:
            s, t = self.host(els[f.source]).id, f.target
            if f.name and s in self.col and t in self.col and self.col[t] == self.col[s] + 1:
                gap[self.col[s]] = max(gap[self.col[s]], label_size(f.name)[0] + 14)
        xs = []
        x = left + 20
        for c, w in enumerate(colw):
            xs.append(snap(x + w / 2))
            x += w + gap[c]
        self.right = x - gap[-1] + 30
        rowy = {}
        lane_box = []
        y = top
        for ln in range(nlanes):
            rows_here = sorted({r for (l, r) in up if l == ln}) or [0]
            y0 = y
            y += LANE_PAD + 10
            for r in range(max(rows_here) + 1):
                u, d = up.get((ln, r), 20), down.get((ln, r), 20)
                cy = snap(y + u)
                rowy[(ln, r)] = cy
                y = cy + d + ROW_GAP
            y = y - ROW_GAP + LANE_PAD
            need = 0
            if self.lanes:  # the lane's name in at most two lines
                need = max(100, sum(cw for _, cw in wrap(self.lanes[ln].name, 10000, 12)) / 2 + 30)
            lane_box.append((y0, max(y - y0, need)))
            y = y0 + lane_box[-1][1]
        self.bottom = y
        self.lane_box = lane_box
        box = {}
        for n in self.nodes:
            w, h = size[n.id]
            cx, cy = xs[self.col[n.id]], rowy[(self.lane[n.id], self.row[n.id])]
            box[n.id] = (cx - w / 2, cy - h / 2, w, h)
        for host, bs in bcount.items():
            hx, hy, hw, hh = box[host]
            m = len(bs)
            for k, b in enumerate(bs):
                if els[host].type == 'subProcess':  # the collapsed marker sits in the middle: events on the right
                    cx = hx + hw - 22 - 40 * (m - 1 - k)
                else:
                    cx = hx + (hw - 40 * m) / 2 + 20 + 40 * k
                box[b.id] = (cx - 18, hy + hh - 18, 36, 36)
        self.box = box

    # ---------- labels of events and gateways ----------
    def place_labels(self):
        self.labels = {}
        els = self.model.elements
        solid = list(self.box.values())
        for n in self.nodes + self.boundaries:
            if n.type not in EXTERNAL_LABEL or not n.name:
                continue
            x, y, w, h = self.box[n.id]
            lw, lh = label_size(n.name)
            cx = x + w / 2
            if n.type == 'boundaryEvent':
                sib = self.bcount[n.attached_to]
                k = sib.index(n)
                right, left = (x + w + 2, y + h + 1), (x - lw - 2, y + h + 1)
                if len(sib) == 1 or k == len(sib) - 1:
                    cands = [right, left]
                elif k == 0:
                    cands = [left, right]
                else:  # between two siblings' flows: under the flows' turn
                    cands = [(x + w / 2 - lw / 2, y + h + 40), right]
            elif n.type.endswith('Gateway'):
                cands = [(cx - lw / 2, y - lh - 4), (cx - lw / 2, y + h + 4), (x + w + 4, y - lh), (x - lw - 4, y - lh)]
            else:
                cands = [(cx - lw / 2, y + h + 4), (cx - lw / 2, y - lh - 4), (x + w + 4, y + h), (x - lw - 4, y + h)]
            best = cands[0]
            for c in cands:
                b = (c[0], c[1], lw, lh)
                if not any(overlap(b, s, 1) for k, s in self.box.items() if k != n.id) and \
                        not any(overlap(b, l, 1) for l in self.labels.values()):
                    best = c
                    break
            self.labels[n.id] = (best[0], best[1], lw, lh)

    # ---------- routing ----------
    def route_all(self):
        xs0 = min(b[0] for b in self.box.values()) - 60
        ys0 = min(b[1] for b in self.box.values()) - 60
        xs1 = max(b[0] + b[2] for b in self.box.values()) + 60
        ys1 = max(b[1] + b[3] for b in self.box.values()) + 80
        if self.pool:
            xs0 = self.pool.x + POOL_HEADER + LANE_HEADER
            ys0, ys1 = self.lane_box[0][0], self.bottom
            xs1 = self.right
        self.gx0, self.gy0 = snap(xs0), snap(ys0)
        self.nx, self.ny = (snap(xs1) - self.gx0) // GRID + 1, (snap(ys1) - self.gy0) // GRID + 1
        nx, ny = self.nx, self.ny
        blocked = bytearray(nx * ny)
        near = bytearray(nx * ny)
        self.blocked, self.near = blocked, near
        for k, (x, y, w, h) in self.box.items():
            self._mark(blocked, x - 4, y - 4, w + 8, h + 8, 1)
            self._mark(near, x - 12, y - 12, w + 24, h + 24, 1)
        self.labelcost = bytearray(nx * ny)
        for k, (x, y, w, h) in self.labels.items():
            self._mark(self.labelcost, x - 2, y - 2, w + 4, h + 4, 1)
        # lane and pool borders: crossed, never followed
        self.border = bytearray(nx * ny)
        if self.pool:
            for (ly, lh) in self.lane_box:
                for yy in (ly, ly + lh):
                    j = int(round((yy - self.gy0) / GRID))
                    for jj in (j - 1, j, j + 1):
                        if 0 <= jj < ny:
                            for i in range(nx):
                                self.border[jj * nx + i] = 2 if jj == j else 1
            for i in range(nx):
                blocked[i] = 1
                blocked[(ny - 1) * nx + i] = 1
        self.used = {}  # cell -> list of (source, target, axis)
        self.routes = {}
        els = self.model.elements
        # straight and short flows first, then the rest by length
        def key(f):
            s, t = self.box[f.source], self.box[f.target]
            return abs(s[0] - t[0]) + abs(s[1] - t[1])
        for f in sorted(self.flows, key=key):
            self.routes[f.id] = self.route(f)

    def _mark(self, arr, x, y, w, h, v):
        i0 = max(0, int((x - self.gx0) // GRID) + (1 if (x - self.gx0) % GRID else 0))
        i1 = min(self.nx - 1, int((x + w - self.gx0) // GRID))
        j0 = max(0, int((y - self.gy0) // GRID) + (1 if (y - self.gy0) % GRID else 0))
        j1 = min(self.ny - 1, int((y + h - self.gy0) // GRID))
        for j in range(j0, j1 + 1):
            for i in range(i0, i1 + 1):
                arr[j * self.nx + i] = v

    def ports(self, el, outgoing, other):
        """(point, grid start, direction index, penalty) for each side a flow may use."""
        x, y, w, h = self.box[el.id]
        cx, cy = x + w / 2, y + h / 2
        ox, oy, ow, oh = self.box[other.id]
        ocx, ocy = ox + ow / 2, oy + oh / 2
        dirs = {'R': ((x + w, cy), 0), 'L': ((x, cy), 2), 'B': ((cx, y + h), 1), 'T': ((cx, y), 3)}
        if el.type == 'boundaryEvent':
            hx, hy, hw, hh = self.box[el.attached_to]
            side = 'B' if abs(cy - (hy + hh)) < 2 else 'T' if abs(cy - hy) < 2 else 'R' if abs(cx - hx - hw) < 2 else 'L'
            pen = {side: 0}
        elif outgoing:
            below, above = ocy > cy + 5, ocy < cy - 5
            ahead = ox > x + w
            if el.type.endswith('Gateway'):
                pen = {'R': 0 if ahead and not (below or above) else 4, 'B': 0 if below else 25,
                       'T': 0 if above else 25, 'L': 40}
            else:
                pen = {'R': 0 if ahead else 15, 'B': 6 if below or not ahead else 30,
                       'T': 6 if above or not ahead else 30, 'L': 40}
        else:
            behind = ox + ow < x
            pen = {'L': 0 if not behind else 20, 'T': 10 if ocy < cy - 5 else 30, 'B': 10 if ocy > cy + 5 else 30,
                   'R': 40 if not behind else 25}
            if behind:
                pen['B'] = 0 if ocy >= cy - 5 else 15
                pen['T'] = 0 if ocy < cy - 5 else 15
        out = []
        for side, p in pen.items():
            (px, py), d = dirs[side]
            dx, dy = DIRS[d]
            # the first grid point outside the shape along the side's normal
            gx, gy = px, py
            if dx:
                gx = (snap(px) + GRID * dx) if snap(px) * dx <= px * dx + 0.01 else snap(px)
                gx = gx if (gx - px) * dx >= 5 else gx + GRID * dx
                gy = snap(py)
            else:
                gy = (snap(py) + GRID * dy) if snap(py) * dy <= py * dy + 0.01 else snap(py)
                gy = gy if (gy - py) * dy >= 5 else gy + GRID * dy
                gx = snap(px)
            out.append(((px, py), (gx, gy), d, p, side))
        return out

    def route(self, f):
        els = self.model.elements
        src, tgt = els[f.source], els[f.target]
        starts = self.ports(src, True, self.host(tgt))
        ends = self.ports(tgt, False, self.host(src))
        nx, ny = self.nx, self.ny
        blocked = self.blocked
        # the flow's own shapes are passable near their ports only
        own = set()
        for el in (src, tgt):
            x, y, w, h = self.box[el.id]
        goal = {}
        for (p, g, d, pen, side) in ends:
            i, j = self.cell(g)
            if 0 <= i < nx and 0 <= j < ny:
                goal[(i, j, (d + 2) % 4)] = (pen, p, g)
        heap = []
        best = {}
        for (p, g, d, pen, side) in starts:
            i, j = self.cell(g)
            if 0 <= i < nx and 0 <= j < ny:
                st = (i, j, d)
                c = pen + self.cell_cost(i, j, d, src.id, tgt.id, goal)
                if c < best.get(st, 1e18):
                    best[st] = c
                    heapq.heappush(heap, (c + self.h(i, j, goal), c, st, None))
        prev = {}
        found = None
        gi = [(k[0], k[1]) for k in goal]
        while heap:
            est, c, st, par = heapq.heappop(heap)
            if c > best.get(st, 1e18):
                continue
            if st in goal:
                found = st
                break
            i, j, d = st
            for nd in (d, (d + 1) % 4, (d + 3) % 4):
                dx, dy = DIRS[nd]
                ii, jj = i + dx, j + dy
                if not (0 <= ii < nx and 0 <= jj < ny):
                    continue
                idx = jj * nx + ii
                if blocked[idx] and (ii, jj, nd) not in goal:
                    continue
                step = 1 + (6 if nd != d else 0) + self.cell_cost(ii, jj, nd, src.id, tgt.id, goal)
                ns = (ii, jj, nd)
                nc = c + step
                if nc < best.get(ns, 1e18):
                    best[ns] = nc
                    prev[ns] = st
                    heapq.heappush(heap, (nc + self.h(ii, jj, goal), nc, ns, st))
        if found is None:
            # no way around: straight from side to side
            p, g, d, pen, side = starts[0]
            q = ends[0][0]
            return [p, (p[0], q[1]) if d in (1, 3) else (q[0], p[1]), q]
        # the total cost includes the goal's penalty
        path = [found]
        while path[-1] in prev:
            path.append(prev[path[-1]])
        path.reverse()
        first = path[0]
        sp = next(p for (p, g, d, pen, side) in starts if self.cell(g) == (first[0], first[1]) and d == first[2])
        ep = goal[found][1]
        pts = [sp] + [(self.gx0 + i * GRID, self.gy0 + j * GRID) for i, j, d in path] + [ep]
        for i, j, d in path:
            self.used.setdefault((i, j), []).append((src.id, tgt.id, d % 2))
        return simplify(pts)

    def cell(self, g):
        return (int(round((g[0] - self.gx0) / GRID)), int(round((g[1] - self.gy0) / GRID)))

    def h(self, i, j, goal):
        return min(abs(i - a) + abs(j - b) for (a, b, d) in goal)

    def cell_cost(self, i, j, d, s, t, goal):
        idx = j * self.nx + i
        c = 0
        if self.near[idx]:
            c += 2
        if self.border[idx] and d % 2 == 0:
            c += 40 if self.border[idx] == 2 else 4
        if self.labelcost[idx]:
            c += 30
        for (us, ut, axis) in self.used.get((i, j), ()):
            if us == s or ut == t:
                continue
            c += 25 if axis == d % 2 else 3
        return c

    # ---------- labels of flows ----------
    def edge_labels(self):
        els = self.model.elements
        self.flow_labels = {}
        for f in self.flows:
            if not f.name:
                continue
            pts = self.routes[f.id]
            lw, lh = label_size(f.name)
            cands = []
            run = 0
            for k in range(len(pts) - 1):
                (x0, y0), (x1, y1) = pts[k], pts[k + 1]
                seg = abs(x1 - x0) + abs(y1 - y0)
                for off in range(6, max(7, int(seg) - 4), 10):
                    if abs(y0 - y1) < 1:  # horizontal
                        sgn = 1 if x1 >= x0 else -1
                        if off + lw > seg and off > 6:
                            continue
                        lx = x0 + off if sgn > 0 else x0 - off - lw
                        cands += [(run + off, (lx, y0 - lh - 2)), (run + off + 3, (lx, y0 + 3))]
                    else:
                        sgn = 1 if y1 >= y0 else -1
                        if off + lh > seg and off > 6:
                            continue
                        ly = y0 + off if sgn > 0 else y0 - off - lh
                        cands += [(run + off, (x0 + 4, ly)), (run + off + 3, (x0 - lw - 4, ly))]
                run += seg
            cands = [c for _, c in sorted(cands)]
            if not cands:
                cands = [(pts[0][0] + 4, pts[0][1] + 4)]
            best = None
            for c in cands:
                b = (c[0], c[1], lw, lh)
                bad = sum(overlap(b, s, 1) for s in self.box.values()) * 10 + \
                    sum(overlap(b, l, 1) for l in list(self.labels.values()) + list(self.flow_labels.values())) * 10 + \
                    sum(seg_in_box(self.routes[o.id], b) for o in self.flows if o.id != f.id)
                if best is None or bad < best[0]:
                    best = (bad, b)
                if bad == 0:
                    break
            self.flow_labels[f.id] = best[1]

    # ---------- write back into the DI ----------
    def apply(self):
        plane = self.plane_xml
        for s in plane.findall('bpmndi:BPMNShape', NS):
            el = s.get('bpmnElement')
            b = s.find('dc:Bounds', NS)
            if self.pool and el == self.pool.element.id:
                set_bounds(b, (self.pool.x, self.pool.y, self.right - self.pool.x, self.bottom - self.pool.y))
            elif el in self.lane_index:
                y0, h = self.lane_box[self.lane_index[el]]
                set_bounds(b, (self.pool.x + POOL_HEADER, y0, self.right - self.pool.x - POOL_HEADER, h))
            elif el in self.box:
                set_bounds(b, self.box[el])
                lab = s.find('bpmndi:BPMNLabel', NS)
                if el in self.labels:
                    if lab is None:
                        lab = ET.SubElement(s, '{%s}BPMNLabel' % NS['bpmndi'])
                    lb = lab.find('dc:Bounds', NS)
                    if lb is None:
                        lb = ET.SubElement(lab, '{%s}Bounds' % NS['dc'])
                    set_bounds(lb, self.labels[el])
                elif lab is not None:
                    s.remove(lab)
        # a group keeps what it held: the shapes whose centre lay inside it, with a margin
        for g in self.groups:
            old = self.plane.shapes[g.id]
            held = [self.box[k] for k, sh in self.plane.shapes.items() if k in self.box
                    and old.x <= sh.x + sh.w / 2 <= old.x + old.w and old.y <= sh.y + sh.h / 2 <= old.y + old.h]
            if held:
                gs = next(x for x in plane.findall('bpmndi:BPMNShape', NS) if x.get('bpmnElement') == g.id)
                x0 = min(b[0] for b in held) - 15
                y0 = min(b[1] for b in held) - 30
                x1 = max(b[0] + b[2] for b in held) + 15
                y1 = max(b[1] + b[3] for b in held) + 30
                set_bounds(gs.find('dc:Bounds', NS), (x0, y0, x1 - x0, y1 - y0))
        drawn = {x.get('bpmnElement') for x in plane}
        first_edge = next((i for i, x in enumerate(plane) if x.tag.endswith('BPMNEdge')), len(plane))
        for el in [n.id for n in self.nodes + self.boundaries] + [l.id for l in self.lanes]:
            if el in drawn or (el not in self.box and el not in self.lane_index):
                continue
            shape = ET.Element('{%s}BPMNShape' % NS['bpmndi'], {'id': el + '_di', 'bpmnElement': el})
            t = self.model.elements[el].type
            if t == 'lane':
                shape.set('isHorizontal', 'true')
                y0, h = self.lane_box[self.lane_index[el]]
                box = (self.pool.x + POOL_HEADER, y0, self.right - self.pool.x - POOL_HEADER, h)
            else:
                box = self.box[el]
            if t == 'exclusiveGateway':
                shape.set('isMarkerVisible', 'true')
            if t == 'subProcess':
                shape.set('isExpanded', 'false')
            set_bounds(ET.SubElement(shape, '{%s}Bounds' % NS['dc']), box)
            if el in self.labels:
                set_bounds(ET.SubElement(ET.SubElement(shape, '{%s}BPMNLabel' % NS['bpmndi']), '{%s}Bounds' % NS['dc']),
                           self.labels[el])
            plane.insert(first_edge, shape)
            first_edge += 1
        for f in self.flows:
            if f.id not in drawn and f.id in self.routes:
                ET.SubElement(plane, '{%s}BPMNEdge' % NS['bpmndi'], {'id': f.id + '_di', 'bpmnElement': f.id})
        for e in plane.findall('bpmndi:BPMNEdge', NS):
            el = e.get('bpmnElement')
            if el not in self.routes:
                continue
            for w in e.findall('di:waypoint', NS):
                e.remove(w)
            lab = e.find('bpmndi:BPMNLabel', NS)
            if lab is not None:
                e.remove(lab)
            for (x, y) in self.routes[el]:
                w = ET.SubElement(e, '{%s}waypoint' % NS['di'])
                w.set('x', fmt(x))
                w.set('y', fmt(y))
            if el in self.flow_labels:
                lab = ET.SubElement(e, '{%s}BPMNLabel' % NS['bpmndi'])
                lb = ET.SubElement(lab, '{%s}Bounds' % NS['dc'])
                set_bounds(lb, self.flow_labels[el])


DIRS = [(1, 0), (0, 1), (-1, 0), (0, -1)]


def seg_in_box(pts, b):
    from bpmn_di import segment_hits_box
    return sum(segment_hits_box(pts[i], pts[i + 1], b, 0) for i in range(len(pts) - 1))


def simplify(pts):
    out = [pts[0]]
    for p in pts[1:]:
        if abs(p[0] - out[-1][0]) < 0.01 and abs(p[1] - out[-1][1]) < 0.01:
            continue
        if len(out) >= 2:
            a, b = out[-2], out[-1]
            if (abs(a[0] - b[0]) < 0.01 and abs(b[0] - p[0]) < 0.01) or (abs(a[1] - b[1]) < 0.01 and abs(b[1] - p[1]) < 0.01):
                out[-1] = p
                continue
        out.append(p)
    return out


def fmt(v):
    v = round(v)
    return str(int(v))


def set_bounds(b, box):
    x, y, w, h = box
    b.set('x', fmt(x))
    b.set('y', fmt(y))
    b.set('width', fmt(w))
    b.set('height', fmt(h))


PREFIX = {v: k for k, v in NS.items()}


def serialize(el, indent):
    tag = el.tag.split('}')
    name = PREFIX[tag[0][1:]] + ':' + tag[1]
    attrs = ''.join(' %s="%s"' % (k, v) for k, v in el.attrib.items())
    pad = '  ' * indent
    kids = list(el)
    if not kids:
        return '%s<%s%s />\n' % (pad, name, attrs)
    return '%s<%s%s>\n%s%s</%s>\n' % (pad, name, attrs, ''.join(serialize(k, indent + 1) for k in kids), pad, name)


def main(argv):
    path = argv[0]
    only = [argv[i + 1] for i, a in enumerate(argv) if a == '--plane']
    model = Model(path)
    diagrams = model.root.findall('bpmndi:BPMNDiagram', NS)
    for d in diagrams:
        pxml = d.find('bpmndi:BPMNPlane', NS)
        plane = next(p for p in model.planes if p.element.id == pxml.get('bpmnElement'))
        if only and plane.element.id not in only:
            continue
        lay = Layout(model, pxml, plane)
        lay.run()
        lay.apply()
    text = model.text
    start = text.index('  <bpmndi:BPMNDiagram')
    end = text.rindex('</bpmndi:BPMNDiagram>') + len('</bpmndi:BPMNDiagram>\n')
    new = ''.join(serialize(d, 1) for d in diagrams)
    open(path, 'w', encoding='utf-8').write(text[:start] + new + text[end:])
    print('laid out', path)


if __name__ == '__main__':
    main(sys.argv[1:])
