// The planning workspace: parts, seams, cell and plan, simulation and results, on weldplan's REST API.
import './style.css';
import { all, binary, call, keyedLink } from './api.js';
import * as THREE from 'three';
import { COLORS, Viewer, matrixFromPose, poseFromObject } from './viewer.js';
import { PHASE_LABELS, Player } from './player.js';

const $ = (id) => document.getElementById(id);
const DEG = Math.PI / 180;
// programs/VENDOR_OF, reversed: the language a plan's robot speaks
const CONTROLLER_OF = { abb: 'abb_rapid', kuka: 'kuka_krl', fanuc: 'fanuc_tp', yaskawa: 'yaskawa_inform', ur: 'ur_script' };

const state = { parts: [], part: null, seams: [], robots: [], tools: [], positioners: [], plans: [], plan: null,
  busy: 0, drawing: null, boxes: [], positionerPoses: null };
const viewer = new Viewer($('canvas-host'));
const player = new Player(viewer, {
  play: $('play-btn'), speed: $('speed-select'), scrub: $('scrub'), time: $('time-label'),
  track: $('track-canvas'), joints: $('joints'), timeline: $('timeline'),
});

function showError(err) {
  const box = $('error');
  box.textContent = err ? String(err.message || err) : '';
  box.hidden = !err;
}

// Runs one user action: shows its error (the problem's detail) and keeps the buttons honest meanwhile.
async function action(fn) {
  showError(null);
  state.busy += 1;
  document.body.dataset.busy = 'true';
  try {
    return await fn();
  } catch (err) {
    showError(err);
    return undefined;
  } finally {
    state.busy -= 1;
    if (!state.busy) delete document.body.dataset.busy;
  }
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'style') e.style.cssText = v;
    else e.setAttribute(k, v);
  }
  e.append(...children);
  return e;
}

const hex = (c) => `#${c.toString(16).padStart(6, '0')}`;
const fmt = (v, d = 1) => (v === null || v === undefined ? '–' : Number(v).toFixed(d));

$('timeline-legend').replaceChildren(...Object.entries(PHASE_LABELS).map(([k, label]) =>
  el('span', {}, el('i', { class: 'swatch', style: `background:${hex(COLORS[k])}` }), label)));

// ---- parts ----
async function loadParts() {
  state.parts = await all('/parts', 'parts');
  const list = $('part-list');
  list.replaceChildren(...state.parts.map((p) => el('li', { class: p.id === state.part?.id ? 'selected' : '', 'data-id': p.id },
    el('span', { class: 'name', title: `${p.file_name} (${p.format}, ${p.source_unit})`, onclick: () => action(() => selectPart(p.id)) }, p.name),
    el('button', { title: 'Delete the part with its seams and plans', onclick: () => action(() => deletePart(p)) }, '✕'))));
}

async function selectPart(id) {
  const part = state.parts.find((p) => p.id === id) || await call('GET', `/parts/${id}`);
  state.part = part;
  state.plan = null;
  state.editing = null;
  $('seam-edit').hidden = true;
  player.clear();
  viewer.clearPlan();
  if (viewer.gizmo.object === viewer.partGroup) viewer.gizmo.detach();
  setPlacement('auto');
  await loadParts();
  $('bodies').replaceChildren('Bodies: ', ...part.bodies.map((b) => el('span', { 'data-body': b.id, onclick: () => selectBody(b.id) }, b.name)));
  await viewer.setPart(await binary(`/parts/${id}/mesh`), part);
  centreOnPlate();
  $('detect-btn').disabled = false;
  $('draw-btn').disabled = false;
  stopDrawing();
  await loadSeams();
  await loadPlans();
  viewer.view('iso');
}

function selectBody(id) {
  viewer.selectBody(id);
  for (const s of $('bodies').querySelectorAll('span')) s.classList.toggle('selected', Number(s.dataset.body) === id);
}

async function deletePart(p) {
  if (!window.confirm(`Delete part '${p.name}' with its seams and plans?`)) return;
  await call('DELETE', `/parts/${p.id}`);
  if (state.part?.id === p.id) {
    state.part = null;
    state.seams = [];
    viewer.bodies.clear();
    viewer.seams.clear();
    viewer.clearPlan(); // draws the emptied view
    player.clear();
    renderSeams();
    $('detect-btn').disabled = true;
    $('draw-btn').disabled = true;
    stopDrawing();
    $('plan-btn').disabled = true;
  }
  await loadParts();
}

$('upload-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  action(async () => {
    const file = $('upload-file').files[0];
    if (!file) throw new Error('file: choose a STEP, STL, OBJ, PLY or GLB file first');
    const form = new FormData();
    form.append('file', file);
    const unit = $('upload-unit').value;
    const part = await call('POST', `/parts${unit ? `?unit=${unit}` : ''}`, form);
    await loadParts();
    await selectPart(part.id);
  });
});

// ---- seams ----
function toolId() { return $('tool-select').value; }

async function loadSeams() {
  state.seams = await all(`/parts/${state.part.id}/seams?tool_id=${encodeURIComponent(toolId())}`, 'seams');
  state.editing = null;
  $('seam-edit').hidden = true;
  renderSeams();
}

function seamState(seam) {
  const outcome = state.plan?.result?.seams.find((s) => s.seam_id === seam.id);
  if (outcome) return { key: outcome.status, label: { planned: 'planned', partial: 'partial', unreachable: 'unwelded' }[outcome.status], outcome };
  if (!seam.enabled) return { key: 'disabled', label: 'disabled' };
  if (seam.accessible_fraction >= 0.999) return { key: 'accessible', label: 'accessible' };
  if (seam.accessible_fraction > 0) return { key: 'partly', label: 'partly accessible' };
  return { key: 'not', label: 'not accessible' };
}

function renderSeams() {
  const planned = Boolean(state.plan?.result);
  const keys = planned ? [['planned', 'planned'], ['partial', 'partial'], ['unreachable', 'unwelded']]
    : [['accessible', 'accessible'], ['partly', 'partly'], ['not', 'not accessible'], ['disabled', 'disabled']];
  $('seam-legend').replaceChildren(...keys.map(([k, label]) => el('span', {}, el('i', { class: 'swatch', style: `background:${hex(COLORS[k])}` }), label)));
  const unwelded = state.plan?.result?.unwelded || [];
  viewer.setSeams(state.seams.map((seam) => ({
    seam,
    color: COLORS[seamState(seam).key],
    selected: seam === state.editing,
    unwelded: unwelded.filter((u) => u.seam_id === seam.id).map((u) => [u.from_mm * 1e-3, u.to_mm * 1e-3]),
  })));
  $('seam-list').replaceChildren(...state.seams.map((seam, i) => {
    const st = seamState(seam);
    return el('li', { 'data-id': seam.id, title: seamInfo(seam), draggable: 'true',
      ondragstart: (ev) => { state.dragged = seam; ev.dataTransfer.effectAllowed = 'move'; ev.dataTransfer.setData('text/plain', seam.id); },
      ondragover: (ev) => { ev.preventDefault(); ev.currentTarget.classList.add('drop-target'); },
      ondragleave: (ev) => ev.currentTarget.classList.remove('drop-target'),
      ondrop: (ev) => { ev.preventDefault(); action(() => dropSeam(seam)); } },
      el('input', { type: 'checkbox', title: 'Enabled: planned with the others', ...(seam.enabled ? { checked: '' } : {}),
        onchange: (ev) => action(() => setEnabled(seam, ev.target.checked)) }),
      el('i', { class: 'swatch', style: `background:${hex(COLORS[st.key])}` }),
      el('span', { class: 'name', onclick: () => editSeam(seam) }, `S${i + 1} ${seam.kind} ${fmt(seam.length_mm, 0)} mm · ${st.label}`));
  }));
  for (const li of $('seam-list').children) li.classList.toggle('selected', li.dataset.id === state.editing?.id);
  $('plan-btn').disabled = !state.seams.some((s) => s.enabled);
}

// A seam dropped on another takes that one's place in the welding list; the whole list goes to the API, whose
// order a plan with sequence 'given' follows.
async function dropSeam(target) {
  const moved = state.dragged;
  state.dragged = null;
  if (!moved || moved === target) return renderSeams();
  const order = state.seams.filter((s) => s !== moved);
  order.splice(state.seams.indexOf(target), 0, moved);
  state.seams = (await call('PUT', `/parts/${state.part.id}/seams/order?tool_id=${encodeURIComponent(toolId())}`,
    { seam_ids: order.map((s) => s.id) })).seams;
  state.editing = null;
  $('seam-edit').hidden = true;
  return renderSeams();
}

// ---- drawing a user seam: clicks on the part snap to its edges ----
function stopDrawing() {
  state.drawing = null;
  delete document.body.dataset.drawing;
  $('draw-tools').hidden = true;
  $('draw-btn').classList.remove('selected');
  viewer.setDrawn([]);
}

function showDrawing() {
  const n = state.drawing.length;
  $('draw-count').textContent = `${n} point${n === 1 ? '' : 's'}`;
  $('draw-save').disabled = n < 2;
  viewer.setDrawn(state.drawing);
}

$('draw-btn').addEventListener('click', () => {
  if (state.drawing) return stopDrawing();
  state.drawing = [];
  document.body.dataset.drawing = 'true';
  $('draw-tools').hidden = false;
  showDrawing();
});
$('draw-cancel').addEventListener('click', stopDrawing);
$('draw-save').addEventListener('click', () => action(async () => {
  const points_mm = state.drawing.map((p) => p.toArray().map((v) => v * 1e3));
  await call('POST', `/parts/${state.part.id}/seams`, { points_mm });
  stopDrawing();
  await loadSeams();
}));

// ---- box obstacles in the cell (frame B), placed with the gizmo or typed in mm; the part moved likewise ----
const AXES = ['x', 'y', 'z'];

function renderBoxes() {
  $('box-list').replaceChildren(...state.boxes.map((box) => el('li', { 'data-name': box.name },
    el('span', { class: 'name', onclick: () => viewer.attachGizmo(box) }, box.name),
    el('button', { title: 'Remove the box', onclick: () => removeBox(box) }, '✕'),
    el('div', { class: 'fields' }, 'at',
      ...AXES.map((axis) => el('input', { type: 'number', step: '10', name: axis, title: `centre ${axis}, mm`,
        value: (box.position[axis] * 1e3).toFixed(0),
        oninput: (ev) => { box.position[axis] = Number(ev.target.value) * 1e-3; viewer.requestRender(); } }))),
    el('div', { class: 'fields' }, 'size',
      ...AXES.map((axis, k) => el('input', { type: 'number', step: '10', min: '1', name: `size-${axis}`, title: `edge along ${axis}, mm`,
        value: (box.userData.size[k] * 1e3).toFixed(0),
        onchange: (ev) => {
          const v = Number(ev.target.value);
          if (!(v > 0)) { ev.target.value = (box.userData.size[k] * 1e3).toFixed(0); return; }
          const size = [...box.userData.size];
          size[k] = v * 1e-3;
          viewer.resizeBox(box, size);
        } }))))));
}

function removeBox(box) {
  viewer.removeBox(box);
  state.boxes = state.boxes.filter((b) => b !== box);
  renderBoxes();
}

function setBoxes(obstacles) {
  for (const b of state.boxes) viewer.removeBox(b);
  state.boxes = obstacles.filter((o) => o.size_mm).map((o) => {
    const m = matrixFromPose(o.pose);
    const at = new THREE.Vector3(), turn = new THREE.Quaternion();
    m.decompose(at, turn, new THREE.Vector3());
    return viewer.addBox(o.name, o.size_mm.map((v) => v * 1e-3), at, turn);
  });
  viewer.gizmo.detach();
  renderBoxes();
}

$('box-add-btn').addEventListener('click', () => {
  const n = state.boxes.length ? Math.max(...state.boxes.map((b) => Number(b.name.split(' ')[1]) || 0)) + 1 : 1;
  // beside the part, where the user sees it and drags it from
  const cell = viewer.contentBox();
  const size = [0.1, 0.1, 0.1];
  const at = cell.getCenter(new THREE.Vector3());
  at.x = cell.max.x + 0.1;
  at.z = size[2] / 2;
  state.boxes.push(viewer.addBox(`box ${n}`, size, at));
  renderBoxes();
});
viewer.gizmo.addEventListener('objectChange', () => {
  const o = viewer.gizmo.object;
  if (o === viewer.partGroup) {
    setPlacement('given');
    return;
  }
  const li = $('box-list').querySelector(`li[data-name="${o.name}"]`);
  for (const axis of AXES) li.querySelector(`input[name=${axis}]`).value = (o.position[axis] * 1e3).toFixed(0);
});
for (const b of document.querySelectorAll('[data-gizmo]')) b.addEventListener('click', () => viewer.setGizmoMode(b.dataset.gizmo));
$('part-move-btn').addEventListener('click', () => viewer.attachGizmo(viewer.partGroup));

// ---- a positioner in the cell: the part mounted on its face plate, turned by the planner between seam groups ----
// The default place, bench/positioner.py's cell: the D500 1.03 m from the robot at bearing -60 deg, turned
// 120 deg about z to face it; within an IRB 1600's 1.45 m reach of a part on its 0.53 m high face plate.
const POSITIONER_DEFAULT = { 'pos-x': 500, 'pos-y': -900, 'pos-z': 0, 'pos-yaw': 120, 'fp-tilt': 0, 'fp-turn': 0 };
const field = (name) => $('positioner-fields').querySelector(`input[name=${name}]`);
const num = (name) => Number(field(name).value) || 0;
for (const [name, value] of Object.entries(POSITIONER_DEFAULT)) field(name).value = String(value);

function quatWxyz(q) { return [q.w, q.x, q.y, q.z]; }

// X_FP's turn: tilted about the plate's x, then turned about its z (R = Rz Rx).
function fpQuaternion() {
  return new THREE.Quaternion().setFromEuler(new THREE.Euler(num('fp-tilt') * DEG, 0, num('fp-turn') * DEG, 'ZYX'));
}

// The part's origin on the plate that puts the middle of its (turned) box on the plate's axis and its lowest
// point on the plate: where a part is clamped flat, and what the service's check (z >= 0) accepts.
function centreOnPlate() {
  if (!state.part) return;
  const { min, max } = state.part.bbox_mm;
  const box = new THREE.Box3(new THREE.Vector3(...min), new THREE.Vector3(...max))
    .applyMatrix4(new THREE.Matrix4().makeRotationFromQuaternion(fpQuaternion()));
  const c = box.getCenter(new THREE.Vector3());
  field('fp-x').value = (-c.x).toFixed(1);
  field('fp-y').value = (-c.y).toFixed(1);
  field('fp-z').value = (-box.min.z).toFixed(1);
}

// cell.positioner as the fields describe it (null: no positioner). A plan reopened with poses the fields cannot
// hold (turned about other axes) keeps its own until a field is edited.
function positionerCell() {
  const id = $('positioner-select').value;
  if (!id) return null;
  if (state.positionerPoses) return { id, ...state.positionerPoses };
  const yaw = num('pos-yaw') * DEG;
  return {
    id,
    X_BPos: { xyz_mm: [num('pos-x'), num('pos-y'), num('pos-z')], quat_wxyz: [Math.cos(yaw / 2), 0, 0, Math.sin(yaw / 2)] },
    X_FP: { xyz_mm: [num('fp-x'), num('fp-y'), num('fp-z')], quat_wxyz: quatWxyz(fpQuaternion()) },
  };
}

// The fields from a plan's cell.positioner (null: none).
function setPositionerFields(cell) {
  state.positionerPoses = null;
  $('positioner-select').value = cell ? cell.id : '';
  if (!cell) return;
  const [bw, bx, by, bz] = cell.X_BPos.quat_wxyz;
  const [w, x, y, z] = cell.X_FP.quat_wxyz;
  const e = new THREE.Euler().setFromQuaternion(new THREE.Quaternion(x, y, z, w).normalize(), 'ZYX');
  const put = (name, v) => { field(name).value = String(Math.round(v * 10) / 10); };
  cell.X_BPos.xyz_mm.forEach((v, k) => put(`pos-${AXES[k]}`, v));
  put('pos-yaw', 2 * Math.atan2(bz, bw) / DEG);
  put('fp-tilt', e.x / DEG);
  put('fp-turn', e.z / DEG);
  cell.X_FP.xyz_mm.forEach((v, k) => put(`fp-${AXES[k]}`, v));
  const exact = positionerCell();
  const same = (a, b) => a.every((v, k) => Math.abs(v - b[k]) < 1e-6);
  const sameQ = (a, b) => Math.abs(a.reduce((acc, v, k) => acc + v * b[k], 0)) > 1 - 1e-9;
  if (!(sameQ(exact.X_BPos.quat_wxyz, cell.X_BPos.quat_wxyz) && sameQ(exact.X_FP.quat_wxyz, cell.X_FP.quat_wxyz)
    && same(exact.X_BPos.xyz_mm, cell.X_BPos.xyz_mm) && same(exact.X_FP.xyz_mm, cell.X_FP.xyz_mm))) {
    state.positionerPoses = { X_BPos: cell.X_BPos, X_FP: cell.X_FP };
  }
}

// Draws the positioner the fields describe with the part on its face plate at home (or none, and the part back
// where a plan or the gizmo put it); the part's own placement controls do not apply on a positioner.
async function applyPositioner() {
  const cell = positionerCell();
  const info = cell ? state.positioners.find((p) => p.id === cell.id) : null;
  $('positioner-fields').hidden = !info;
  $('placement-auto').disabled = Boolean(info);
  $('part-move-btn').disabled = Boolean(info);
  if (info && viewer.gizmo.object === viewer.partGroup) viewer.gizmo.detach();
  const had = Boolean(viewer.positioner);
  await viewer.setPositioner(info, cell?.X_BPos, cell?.X_FP);
  if (!info && had) viewer.setPartPose(state.plan ? state.plan.result.cell.X_BP : null);
  return info;
}

// A change to the positioner leaves the plan shown (made in another cell) and draws the cell being edited.
async function positionerChanged() {
  if (state.plan) {
    $('plan-select').value = '';
    await showPlan(null);
  } else await applyPositioner();
  viewer.view(null);
}
$('positioner-select').addEventListener('change', () => action(async () => {
  state.positionerPoses = null;
  await positionerChanged();
}));
for (const input of $('positioner-fields').querySelectorAll('input')) {
  input.addEventListener('change', () => action(async () => {
    state.positionerPoses = null;
    if (input.name === 'fp-tilt' || input.name === 'fp-turn') centreOnPlate();
    await positionerChanged();
  }));
}
$('fp-centre').addEventListener('click', () => action(async () => {
  state.positionerPoses = null;
  centreOnPlate();
  await positionerChanged();
}));

// "auto": the service places the part; "given": where the user put it (the gizmo), sent as cell.X_BP
function setPlacement(mode) {
  $('placement-auto').checked = mode === 'auto';
}

function cellObstacles() {
  return state.boxes.map((b) => ({
    name: b.name,
    size_mm: b.userData.size.map((v) => v * 1e3),
    pose: poseFromObject(b),
  }));
}

function planCell() {
  const cell = {};
  if (state.boxes.length) cell.obstacles = cellObstacles();
  const positioner = positionerCell();
  if (positioner) cell.positioner = positioner;
  else if (!$('placement-auto').checked) cell.X_BP = viewer.partPose();
  return Object.keys(cell).length ? cell : undefined;
}

function seamInfo(seam) {
  const i = state.seams.indexOf(seam);
  const p = seam.procedure || {};
  const st = seamState(seam);
  const lines = [
    `S${i + 1}: ${seam.kind} seam, ${st.label}`,
    `length ${fmt(seam.length_mm)} mm, leg ${fmt(p.leg_mm)} mm, ${p.passes ?? '–'} pass(es)`,
    `bodies ${seam.bodies.map((b) => state.part?.bodies.find((x) => x.id === b)?.name ?? b).join(' + ')}`,
    `procedure ${fmt(p.travel_speed_mm_s)} mm/s, ${fmt(p.current_a, 0)} A, ${fmt(p.voltage_v)} V, wire ${fmt(p.wire_feed_m_min)} m/min`,
    `torch work ${fmt(p.work_angle_deg, 0)}°, travel ${fmt(p.travel_angle_deg, 0)}°; open angle ${fmt(seam.open_angle_deg, 0)}°`,
    `accessible ${fmt(100 * seam.accessible_fraction, 0)} % of its length`,
    `welding position ${weldingPosition(seam)} (ISO 6947)`,
  ];
  if (st.outcome) {
    const o = st.outcome;
    lines.push(`welded ${fmt(o.welded_length_mm)} of ${fmt(o.length_mm)} mm (${fmt(100 * o.coverage, 0)} %)`
      + (o.order !== null ? `, #${o.order + 1} in sequence` : ''));
    if (o.reason) lines.push(`why not all: ${o.reason}`);
    for (const u of state.plan.result.unwelded.filter((x) => x.seam_id === seam.id)) {
      lines.push(`  unwelded ${fmt(u.from_mm, 0)}–${fmt(u.to_mm, 0)} mm: ${u.reason}${u.detail ? ` (${u.detail})` : ''}`);
    }
  }
  return lines.join('\n');
}

// The seam's ISO 6947 position: on the table as the part lies (placement turns it about z only); on the shown
// plan's positioner, at home and in the state the plan welds it in.
function weldingPosition(seam) {
  const turned = state.plan?.result?.positioner?.seams.find((s) => s.seam_id === seam.id);
  return turned ? `${turned.position_after} on the positioner (${turned.position_before} at its home)` : seam.welding_position;
}

// The procedure fields a user may override (the API refuses other values with the field's name).
const PROCEDURE_FIELDS = [
  ['leg_mm', 'leg, mm'], ['travel_speed_mm_s', 'travel speed, mm/s'], ['wire_feed_m_min', 'wire feed, m/min'],
  ['voltage_v', 'voltage, V'], ['current_a', 'current, A'], ['work_angle_deg', 'work angle, °'],
  ['travel_angle_deg', 'travel angle, °'], ['passes', 'passes'],
];

function editSeam(seam) {
  state.editing = seam;
  const form = $('seam-edit');
  $('seam-edit-title').textContent = `S${state.seams.indexOf(seam) + 1}: ${seam.kind}, ${fmt(seam.length_mm)} mm`;
  $('seam-edit-fields').replaceChildren(...PROCEDURE_FIELDS.flatMap(([key, label]) => [
    el('span', { class: seam.procedure_overrides.includes(key) ? 'override' : '' }, label),
    el('input', { name: key, type: 'number', step: 'any', value: String(seam.procedure[key] ?? '') }),
  ]));
  form.elements.direction.value = seam.direction;
  form.hidden = false;
  renderSeams();
}

$('seam-edit-close').addEventListener('click', () => { state.editing = null; $('seam-edit').hidden = true; renderSeams(); });
$('seam-edit').addEventListener('submit', (ev) => {
  ev.preventDefault();
  action(async () => {
    const seam = state.editing;
    const form = $('seam-edit');
    const procedure = {};
    for (const [key] of PROCEDURE_FIELDS) {
      const value = Number(form.elements[key].value);
      if (form.elements[key].value !== '' && value !== seam.procedure[key]) procedure[key] = value;
    }
    const body = { procedure };
    if (form.elements.direction.value !== seam.direction) body.direction = form.elements.direction.value;
    Object.assign(seam, await call('PATCH', `/parts/${state.part.id}/seams/${seam.id}`, body));
    editSeam(seam);
  });
});

async function setEnabled(seam, enabled) {
  const updated = await call('PATCH', `/parts/${state.part.id}/seams/${seam.id}`, { enabled });
  Object.assign(seam, updated);
  renderSeams();
}

$('detect-btn').addEventListener('click', () => action(async () => {
  $('detect-btn').disabled = true;
  try {
    state.seams = (await call('POST', `/parts/${state.part.id}/seams/detect?tool_id=${encodeURIComponent(toolId())}`)).seams;
    state.editing = null;
    $('seam-edit').hidden = true;
  } finally {
    $('detect-btn').disabled = false;
  }
  renderSeams();
}));

// ---- cell and plan ----
async function loadCatalog() {
  [state.robots, state.tools, state.positioners] = await Promise.all([all('/robots', 'robots'),
    call('GET', '/tools').then((r) => r.tools), call('GET', '/positioners').then((r) => r.positioners)]);
  $('positioner-select').append(...state.positioners.map((p) => el('option', { value: p.id }, p.name)));
  $('robot-select').replaceChildren(...state.robots.map((r) => el('option', { value: r.id }, r.name)));
  $('tool-select').replaceChildren(...state.tools.map((t) => el('option', { value: t.id }, t.name)));
  if (state.tools.some((t) => t.id === 'torch_22deg')) $('tool-select').value = 'torch_22deg';
}

$('tool-select').addEventListener('change', () => state.part && action(loadSeams));

async function loadPlans(selectId) {
  const plans = (await all('/plans', 'plans')).filter((p) => p.part_id === state.part.id);
  state.plans = plans;
  const done = plans.filter((p) => p.status === 'succeeded');
  $('plan-select').replaceChildren(el('option', { value: '' }, done.length ? '(none shown)' : '(no finished plan)'),
    ...done.map((p) => el('option', { value: p.id }, `${p.robot_id} · ${p.tool_id} · ${fmt(p.result.cycle_time_s)} s · ${p.created_at.slice(0, 16).replace('T', ' ')}`)));
  const pick = selectId || done[0]?.id;
  if (pick) {
    $('plan-select').value = pick;
    await showPlan(done.find((p) => p.id === pick));
  } else {
    await showPlan(null);
  }
}

$('plan-select').addEventListener('change', (ev) => action(() => showPlan(state.plans.find((p) => p.id === ev.target.value) || null)));
keyedLink($('program-link'), showError, true);
keyedLink($('report-link'), showError);

async function showPlan(plan) {
  state.plan = plan;
  player.clear();
  viewer.clearPlan();
  renderSeams();
  const link = $('program-link'), report = $('report-link');
  link.classList.add('disabled');
  report.classList.add('disabled');
  $('plan-summary').replaceChildren();
  $('compare-table').hidden = true;
  $('compare-select').replaceChildren();
  if (!plan) {
    await applyPositioner();
    return;
  }
  const r = plan.result;
  const robot = state.robots.find((x) => x.id === plan.robot_id) || await call('GET', `/robots/${plan.robot_id}`);
  const tool = state.tools.find((x) => x.id === plan.tool_id) || await call('GET', `/tools/${plan.tool_id}`);
  viewer.setPartPose(r.cell.X_BP);
  viewer.setTable(r.cell.table);
  // the cell as this plan had it: its boxes, and the part where the plan put it (given or found)
  setBoxes(plan.request.cell?.obstacles || []);
  setPlacement(r.cell.placement);
  setPositionerFields(plan.request.cell?.positioner || null);
  const positioner = await applyPositioner();
  await viewer.setRobot(plan.robot_id, robot, tool);
  const traj = await call('GET', `/plans/${plan.id}/trajectory`);
  player.load(traj, robot, positioner);
  const count = (status) => r.seams.filter((s) => s.status === status).length;
  $('plan-summary').replaceChildren(
    el('div', {}, `Cycle time ${fmt(r.cycle_time_s)} s: arc ${fmt(r.breakdown_s.arc)} s, air ${fmt(r.breakdown_s.air)} s`),
    el('div', {}, `Seams: ${count('planned')} welded in full, ${count('partial')} in part, ${count('unreachable')} `
      + `not; ${r.unwelded.length} unwelded stretch(es); `
      + (r.positioner ? `on the positioner in ${r.positioner.states.length} state(s), ${r.positioner.index_moves.length} `
        + `index move(s), ${fmt(r.positioner.index_time_s)} s indexing` : `placement ${r.cell.placement}`)),
    ...r.unwelded.map((u) => el('div', { class: 'unwelded' }, `✕ S${state.seams.findIndex((s) => s.id === u.seam_id) + 1} `
      + `${fmt(u.from_mm, 0)}–${fmt(u.to_mm, 0)} mm: ${u.reason}${u.detail ? ` (${u.detail})` : ''}`)));
  const controller = CONTROLLER_OF[robot.vendor];
  if (controller) {
    link.href = `/api/v1/plans/${plan.id}/programs/${controller}`;
    link.textContent = `Download program (${controller})`;
    link.classList.remove('disabled');
  }
  report.href = `/api/v1/plans/${plan.id}/report`;
  report.classList.remove('disabled');
  const others = state.plans.filter((p) => p.status === 'succeeded' && p.id !== plan.id);
  $('compare-select').replaceChildren(el('option', { value: '' }, others.length ? '(choose a plan)' : '(no other plan)'),
    ...others.map((p) => el('option', { value: p.id }, `${p.robot_id} · ${p.tool_id} · ${fmt(p.result.cycle_time_s)} s`)));
  viewer.view('iso');
}

// Two plans of one part side by side: what a change of robot, torch or options bought.
function planFigures(p) {
  const r = p.result;
  const n = (status) => r.seams.filter((s) => s.status === status).length;
  const b = r.breakdown_s;
  return [
    ['robot', p.robot_id], ['torch', p.tool_id], ['cycle time, s', fmt(r.cycle_time_s)], ['arc, s', fmt(b.arc)],
    ['air, s', fmt(b.air)], ['approach and retract, s', fmt(b.approach_retract)],
    ['seams welded in full', n('planned')], ['in part', n('partial')], ['not', n('unreachable')],
    ['unwelded, mm', fmt(r.unwelded.reduce((sum, u) => sum + u.length_mm, 0), 0)], ['moves', r.moves],
  ];
}

$('compare-select').addEventListener('change', (ev) => {
  const table = $('compare-table');
  const other = state.plans.find((p) => p.id === ev.target.value);
  table.hidden = !other || !state.plan;
  if (table.hidden) return;
  const a = planFigures(state.plan), b = planFigures(other);
  table.replaceChildren(el('tr', {}, el('th', {}, ''), el('th', {}, 'shown'), el('th', {}, 'other')),
    ...a.map(([label, va], i) => el('tr', {}, el('td', {}, label), el('td', {}, String(va)), el('td', {}, String(b[i][1])))));
});

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The POST /plans body the page's controls describe.
function planBody() {
  const body = { part_id: state.part.id, robot_id: $('robot-select').value, tool_id: toolId() };
  if ($('sequence-given').checked) body.options = { sequence: 'given' };
  const cell = planCell();
  if (cell) body.cell = cell;
  return body;
}

$('plan-btn').addEventListener('click', () => action(async () => {
  const body = planBody();
  $('plan-btn').disabled = true;
  const box = $('plan-progress');
  box.hidden = false;
  try {
    let plan = await call('POST', '/plans', body);
    while (plan.status === 'queued' || plan.status === 'running') {
      await sleep(400);
      plan = await call('GET', `/plans/${plan.id}`);
      $('plan-bar').value = plan.progress ?? 0;
      $('plan-stage').textContent = `${plan.status}${plan.stage ? `: ${plan.stage}` : ''} ${fmt(100 * (plan.progress ?? 0), 0)} %`;
    }
    if (plan.status !== 'succeeded') throw new Error(`plan ${plan.status}: ${plan.error || 'no reason given'}`);
    await loadPlans(plan.id);
  } finally {
    $('plan-btn').disabled = false;
    box.hidden = true;
  }
}));

// ---- view: hover, pick, keys ----
const canvas = viewer.renderer.domElement;
canvas.addEventListener('pointermove', (ev) => {
  const hit = viewer.pick(ev, [viewer.seams]);
  const tip = $('tooltip');
  if (hit && hit.object.userData.seam) {
    tip.textContent = seamInfo(hit.object.userData.seam);
    const host = $('view').getBoundingClientRect();
    tip.style.left = `${ev.clientX - host.left + 14}px`;
    tip.style.top = `${ev.clientY - host.top + 14}px`;
    tip.hidden = false;
  } else tip.hidden = true;
});
canvas.addEventListener('click', (ev) => {
  if (state.drawing) {
    const p = viewer.pickEdgePoint(ev);
    if (p) {
      state.drawing.push(p);
      showDrawing();
    }
    return;
  }
  const hit = viewer.pick(ev, [viewer.bodies]);
  if (hit && hit.object.userData.body) selectBody(hit.object.userData.body.id);
});
$('fit-btn').addEventListener('click', () => viewer.view(null));
for (const b of document.querySelectorAll('[data-view]')) b.addEventListener('click', () => viewer.view(b.dataset.view));
window.addEventListener('keydown', (ev) => {
  if (ev.target.tagName === 'INPUT' || ev.target.tagName === 'SELECT') return;
  const views = { 0: 'iso', 1: 'front', 3: 'right', 7: 'top' };
  if (ev.key === 'f' || ev.key === 'F') viewer.view(null);
  else if (views[ev.key]) viewer.view(views[ev.key]);
  else if (ev.key === ' ' && player.traj) { ev.preventDefault(); player.toggle(); }
  else if (ev.key === 'w' || ev.key === 'W') viewer.setGizmoMode('translate');
  else if (ev.key === 'e' || ev.key === 'E') viewer.setGizmoMode('rotate');
  else if (ev.key === 'Escape') { viewer.gizmo.detach(); viewer.requestRender(); }
});

// The page's state for tests and for debugging in the console.
window.__weldplan = { viewer, player, state, DEG, planBody };

action(async () => {
  await loadCatalog();
  await loadParts();
  if (state.parts.length) await selectPart(state.parts[0].id);
  else viewer.view('iso');
}).finally(() => { document.body.dataset.ready = 'true'; });
