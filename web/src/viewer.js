// The 3D view: the cell in the robot base frame B (z up, metres), the part under its placement X_BP, its seams,
// the robot from its URDF with the torch on the flange, and the TCP trail of the plan being replayed.
import * as THREE from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { TransformControls } from 'three/examples/jsm/controls/TransformControls.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { OBJLoader } from 'three/examples/jsm/loaders/OBJLoader.js';
import { STLLoader } from 'three/examples/jsm/loaders/STLLoader.js';
import URDFLoader from 'urdf-loader';
import { authHeaders } from './api.js';

const MM = 1e-3;
// Faces meeting at more than this are an edge a seam can be drawn along; less is tessellation of one surface.
const FEATURE_EDGE_DEG = 20;
// A pick this close to an edge's end on screen takes the end itself: a corner is what a user aims at there.
const SNAP_VERTEX_PX = 8;
export const COLORS = {
  accessible: 0x1f9d55, partly: 0xe6a700, not: 0xd0312d, disabled: 0x9aa3ad,
  planned: 0x1f9d55, partial: 0xe6a700, unreachable: 0xd0312d,
  drawn: 0xc026d3, obstacle: 0x7c5cbf,
  arc: 0xff5a1f, air: 0x2f6fdf, approach_retract: 0x2aa198, arc_start_end: 0xf2c12e, indexing: 0x8e44ad, unwelded: 0xd0312d, body: 0x8fa3b8, bodySelected: 0x4d9be6,
};

// A software rasteriser (SwiftShader, llvmpipe: headless browsers, machines without a GPU) spends most of a
// frame on multisampling and per-pixel lighting; there the view draws without them to keep replay smooth.
const SOFTWARE_GL = (() => {
  const gl = document.createElement('canvas').getContext('webgl2');
  const info = gl && gl.getExtension('WEBGL_debug_renderer_info');
  const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
  gl?.getExtension('WEBGL_lose_context')?.loseContext();
  return /swiftshader|llvmpipe|software/i.test(name);
})();
const MOVING_PIXEL_SCALE = 0.5;
const Shaded = SOFTWARE_GL ? THREE.MeshLambertMaterial : THREE.MeshStandardMaterial;

export function matrixFromPose(pose) {
  const [w, x, y, z] = pose.quat_wxyz;
  const q = new THREE.Quaternion(x, y, z, w).normalize();
  const p = new THREE.Vector3(...pose.xyz_mm).multiplyScalar(MM);
  return new THREE.Matrix4().compose(p, q, new THREE.Vector3(1, 1, 1));
}

// An object's pose in frame B (its parent is the scene) as the API takes it: mm and quat_wxyz.
export function poseFromObject(o) {
  const q = o.quaternion;
  return { xyz_mm: o.position.toArray().map((v) => v / MM), quat_wxyz: [q.w, q.x, q.y, q.z] };
}

// A polyline (metres) between arc lengths a and b from its start, for the unwelded stretches.
function subPolyline(points, a, b) {
  const out = [];
  let s = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const p = points[k], q = points[k + 1];
    const len = p.distanceTo(q);
    const lo = Math.max(a, s), hi = Math.min(b, s + len);
    if (hi > lo && len > 0) {
      const pa = p.clone().lerp(q, (lo - s) / len), pb = p.clone().lerp(q, (hi - s) / len);
      if (!out.length || !out[out.length - 1].equals(pa)) out.push(pa);
      out.push(pb);
    }
    s += len;
  }
  return out;
}

function tube(points, radius, color) {
  const path = new THREE.CurvePath();
  for (let k = 0; k + 1 < points.length; k++) path.add(new THREE.LineCurve3(points[k], points[k + 1]));
  const geometry = new THREE.TubeGeometry(path, Math.max(1, points.length - 1) * 2, radius, 8, false);
  return new THREE.Mesh(geometry, new THREE.MeshBasicMaterial({ color }));
}

function loadRobotMesh(path, manager, done) {
  const ext = path.split('?')[0].split('.').pop().toLowerCase();
  const fail = (err) => done(null, err);
  const keyed = (loader) => loader.setRequestHeader(authHeaders());
  if (ext === 'stl') {
    keyed(new STLLoader(manager)).load(path, (g) => done(new THREE.Mesh(g, new THREE.MeshStandardMaterial())), undefined, fail);
  } else if (ext === 'obj') {
    keyed(new OBJLoader(manager)).load(path, (o) => done(o), undefined, fail);
  } else if (ext === 'glb' || ext === 'gltf') {
    keyed(new GLTFLoader(manager)).load(path, (g) => done(g.scene), undefined, fail);
  } else {
    // DAE and the rest: urdf-loader's own loader
    URDFLoader.prototype.defaultMeshLoader.call({}, path, manager, done);
  }
}

export class Viewer {
  constructor(host) {
    this.host = host;
    this.renderer = new THREE.WebGLRenderer({ antialias: !SOFTWARE_GL });
    this.renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2));
    this.renderer.setClearColor(0xe9edf1);
    host.appendChild(this.renderer.domElement);
    this.scene = new THREE.Scene();
    this.camera = new THREE.PerspectiveCamera(40, 1, 0.005, 100);
    this.camera.up.set(0, 0, 1);
    this.camera.position.set(1, -1, 0.8);
    this.controls = new OrbitControls(this.camera, this.renderer.domElement);
    this.controls.enableDamping = false;
    this.controls.screenSpacePanning = true;
    this.scene.add(new THREE.HemisphereLight(0xffffff, 0x667788, 1.6));
    const sun = new THREE.DirectionalLight(0xffffff, 1.8);
    sun.position.set(2, -3, 4);
    this.scene.add(sun);
    const grid = new THREE.GridHelper(4, 40, 0xaab4be, 0xd0d6dc);
    grid.rotateX(Math.PI / 2); // GridHelper lies in x-z; the floor here is x-y
    this.scene.add(grid);
    this.scene.add(new THREE.AxesHelper(0.2));

    this.partGroup = new THREE.Group();
    this.partGroup.name = 'part';
    this.bodies = new THREE.Group();
    this.seams = new THREE.Group();
    this.seams.name = 'seams';
    this.partGroup.add(this.bodies, this.seams);
    this.cellGroup = new THREE.Group();
    this.scene.add(this.partGroup, this.cellGroup);
    this.robot = null;
    this.joints = [];
    this.tcp = null;
    this.positioner = null;
    this.positionerJoints = [];
    this.trail = new THREE.Group();
    this.trail.name = 'trail';
    this.scene.add(this.trail);
    this.marker = new THREE.Mesh(new THREE.SphereGeometry(0.006, 16, 12), new THREE.MeshBasicMaterial({ color: COLORS.air }));
    this.marker.visible = false;
    this.scene.add(this.marker);

    // Picked points of a seam being drawn, in the part frame like the seams.
    this.drawn = new THREE.Group();
    this.drawn.name = 'drawn';
    this.partGroup.add(this.drawn);
    this.edgeSegments = new Float32Array(0);
    // Box obstacles the user places in the cell (frame B), moved with a gizmo.
    this.obstacles = new THREE.Group();
    this.obstacles.name = 'obstacles';
    this.scene.add(this.obstacles);
    this.gizmo = new TransformControls(this.camera, this.renderer.domElement);
    this.gizmo.addEventListener('dragging-changed', (ev) => { this.controls.enabled = !ev.value; });
    this.gizmo.addEventListener('change', () => this.requestRender());
    this.scene.add(this.gizmo.getHelper());

    this.frames = 0;
    this.onFrame = null;
    this.raycaster = new THREE.Raycaster();
    new ResizeObserver(() => this.resize()).observe(host);
    this.resize();
    // Drawn when something changed (or always, with `continuous`): an idle view costs no CPU, which a
    // software rasteriser would otherwise spend redrawing the same picture.
    this.needsRender = true;
    this.continuous = false;
    this.controls.addEventListener('change', () => this.requestRender());
    const loop = (now) => {
      if (this.onFrame) this.onFrame(now);
      if (this.needsRender || this.continuous) {
        this.needsRender = false;
        this.renderer.render(this.scene, this.camera);
        this.frames += 1;
      }
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  }

  // While the robot moves, a software rasteriser draws fewer pixels (fill rate bounds its frame rate); a
  // still picture is drawn at full resolution again.
  setMoving(moving) {
    const full = Math.min(window.devicePixelRatio, 2);
    const ratio = moving && SOFTWARE_GL ? full * MOVING_PIXEL_SCALE : full;
    if (ratio !== this.renderer.getPixelRatio()) {
      this.renderer.setPixelRatio(ratio);
      this.resize();
    }
  }

  requestRender() {
    this.needsRender = true;
  }

  resize() {
    const w = this.host.clientWidth || 1, h = this.host.clientHeight || 1;
    this.renderer.setSize(w, h);
    this.requestRender();
    this.camera.aspect = w / h;
    this.camera.updateProjectionMatrix();
  }

  async setPart(glb, part) {
    this.bodies.clear();
    this.seams.clear();
    const gltf = await new GLTFLoader().parseAsync(glb, '');
    gltf.scene.traverse((o) => {
      if (o.isMesh) {
        // flat shading: CAD tessellations carry no (or smoothed) normals, and facets read as edges
        o.material = new Shaded({ color: COLORS.body, flatShading: true,
          side: THREE.DoubleSide, polygonOffset: true, polygonOffsetFactor: 1, polygonOffsetUnits: 1 });
        // GLB nodes are named after the bodies, in body order
        const body = part.bodies.find((b) => b.name === o.name || b.name === o.parent?.name);
        o.userData.body = body || null;
      }
    });
    this.bodies.add(gltf.scene);
    this.setPartPose(null);
    this.drawn.clear();
    this.edgeSegments = this.featureEdges();
  }

  // The part's feature edges as segments in the part frame (metres): six floats a segment.
  featureEdges() {
    this.partGroup.updateMatrixWorld(true);
    const toPart = this.partGroup.matrixWorld.clone().invert();
    const out = [];
    const v = new THREE.Vector3();
    this.bodies.traverse((o) => {
      if (!o.isMesh) return;
      const m = toPart.clone().multiply(o.matrixWorld);
      const pos = new THREE.EdgesGeometry(o.geometry, FEATURE_EDGE_DEG).getAttribute('position');
      for (let i = 0; i < pos.count; i++) out.push(...v.fromBufferAttribute(pos, i).applyMatrix4(m).toArray());
    });
    return new Float32Array(out);
  }

  // Where a click on the part lands when snapped to its edges: the nearest point of the nearest feature edge,
  // or that edge's end when it is within SNAP_VERTEX_PX on screen; part frame, metres. Null off the part.
  pickEdgePoint(event) {
    const hit = this.pick(event, [this.bodies]);
    if (!hit || !this.edgeSegments.length) return null;
    this.partGroup.updateMatrixWorld(true);
    const toWorld = this.partGroup.matrixWorld;
    const p = hit.point.clone().applyMatrix4(toWorld.clone().invert());
    const seg = new THREE.Line3(), q = new THREE.Vector3();
    let best = null, bestD = Infinity;
    const e = this.edgeSegments;
    for (let i = 0; i < e.length; i += 6) {
      seg.start.set(e[i], e[i + 1], e[i + 2]);
      seg.end.set(e[i + 3], e[i + 4], e[i + 5]);
      seg.closestPointToPoint(p, true, q);
      const d = q.distanceToSquared(p);
      if (d < bestD) {
        bestD = d;
        best = { point: q.clone(), ends: [seg.start.clone(), seg.end.clone()] };
      }
    }
    const r = this.renderer.domElement.getBoundingClientRect();
    const screen = (x) => {
      const s = x.clone().applyMatrix4(toWorld).project(this.camera);
      return new THREE.Vector2(r.left + ((s.x + 1) / 2) * r.width, r.top + ((1 - s.y) / 2) * r.height);
    };
    const click = new THREE.Vector2(event.clientX, event.clientY);
    const end = best.ends.map((x) => [x, screen(x).distanceTo(click)]).sort((a, b) => a[1] - b[1])[0];
    return end[1] <= SNAP_VERTEX_PX ? end[0] : best.point;
  }

  // The seam being drawn: its picked points (part frame, metres) as dots joined by a line.
  setDrawn(points) {
    this.requestRender();
    this.drawn.clear();
    const mat = new THREE.MeshBasicMaterial({ color: COLORS.drawn, depthTest: false });
    for (const p of points) {
      const dot = new THREE.Mesh(new THREE.SphereGeometry(0.003, 12, 8), mat);
      dot.position.copy(p);
      this.drawn.add(dot);
    }
    if (points.length > 1) {
      const line = new THREE.Line(new THREE.BufferGeometry().setFromPoints(points),
        new THREE.LineBasicMaterial({ color: COLORS.drawn, depthTest: false }));
      this.drawn.add(line);
    }
  }

  // A box obstacle of the given edges (metres) at a centre (metres, frame B), turned by a quaternion (default:
  // none), held by the gizmo.
  addBox(name, size, centre, quaternion = null) {
    const box = new THREE.Mesh(new THREE.BoxGeometry(...size),
      new Shaded({ color: COLORS.obstacle, transparent: true, opacity: 0.6 }));
    box.name = name;
    box.userData.size = size;
    box.position.copy(centre);
    if (quaternion) box.quaternion.copy(quaternion);
    this.obstacles.add(box);
    this.attachGizmo(box);
    return box;
  }

  resizeBox(box, size) {
    box.geometry.dispose();
    box.geometry = new THREE.BoxGeometry(...size);
    box.userData.size = size;
    this.requestRender();
  }

  removeBox(box) {
    if (this.gizmo.object === box) this.gizmo.detach();
    this.obstacles.remove(box);
    this.requestRender();
  }

  // The gizmo on a box or the part. The part lies on its table: it moves in x, y, z and turns about z only.
  attachGizmo(object) {
    this.gizmo.attach(object);
    this.setGizmoMode(this.gizmo.mode);
  }

  setGizmoMode(mode) {
    this.gizmo.setMode(mode);
    const part = this.gizmo.object === this.partGroup && mode === 'rotate';
    this.gizmo.showX = !part;
    this.gizmo.showY = !part;
    this.requestRender();
  }

  selectBody(id) {
    this.requestRender();
    this.bodies.traverse((o) => {
      if (o.isMesh) o.material.color.setHex(o.userData.body && o.userData.body.id === id ? COLORS.bodySelected : COLORS.body);
    });
  }

  setPartPose(X_BP) {
    this.requestRender();
    const m = X_BP ? matrixFromPose(X_BP) : new THREE.Matrix4();
    m.decompose(this.partGroup.position, this.partGroup.quaternion, this.partGroup.scale);
    this.partGroup.updateMatrixWorld(true);
  }

  // The part's pose in frame B as the API takes it (X_BP: mm and [w, x, y, z]).
  partPose() {
    return poseFromObject(this.partGroup);
  }

  // seams: [{seam, color, selected, unwelded: [[from_m, to_m], ...]}]
  setSeams(items) {
    this.requestRender();
    this.seams.clear();
    for (const { seam, color, unwelded, selected } of items) {
      const pts = seam.points_mm.map((p) => new THREE.Vector3(...p).multiplyScalar(MM));
      if (pts.length < 2) continue;
      const m = tube(pts, selected ? 0.0045 : 0.0025, color);
      m.userData.seam = seam;
      this.seams.add(m);
      for (const [a, b] of unwelded || []) {
        const part = subPolyline(pts, a, b);
        if (part.length < 2) continue;
        const u = tube(part, 0.0035, COLORS.unwelded);
        u.userData.seam = seam;
        u.userData.unwelded = true;
        this.seams.add(u);
      }
    }
  }

  setTable(table) {
    this.requestRender();
    this.cellGroup.clear();
    if (!table) return;
    const [sx, sy, sz] = table.size_mm.map((v) => v * MM);
    const box = new THREE.Mesh(new THREE.BoxGeometry(sx, sy, sz),
      new Shaded({ color: 0x6b7580, transparent: true, opacity: 0.5 }));
    box.position.set(table.centre_xy_mm[0] * MM, table.centre_xy_mm[1] * MM, table.top_z_mm * MM - sz / 2);
    box.name = 'table';
    this.cellGroup.add(box);
  }

  loadUrdf(url) {
    const loader = new URDFLoader(new THREE.LoadingManager(() => this.requestRender()));
    loader.loadMeshCb = loadRobotMesh;
    loader.fetchOptions = { headers: authHeaders() };
    return new Promise((resolve, reject) => loader.load(url, resolve, undefined, reject));
  }

  // A positioner (its viewer URDF) with its base at X_BPos in frame B and the part mounted at X_FP on its face
  // plate: from now on the part's pose follows the positioner's axes (setPositionerJointsRad). Null removes it.
  async setPositioner(info, X_BPos, X_FP) {
    if (this.positioner) this.scene.remove(this.positioner);
    this.positioner = null;
    this.requestRender();
    if (!info) return;
    const positioner = await this.loadUrdf(`/api/v1/positioners/${encodeURIComponent(info.id)}/urdf`);
    positioner.name = 'positioner';
    // the URDF's root link is the positioner base frame Pos (robot_models.positioner checks base_link is the root)
    positioner.matrix.copy(matrixFromPose(X_BPos));
    positioner.matrix.decompose(positioner.position, positioner.quaternion, positioner.scale);
    this.positionerJoints = info.joint_names.map((n) => positioner.joints[n]);
    this.facePlate = positioner.links[info.face_plate_link];
    this.X_FP = matrixFromPose(X_FP);
    this.positioner = positioner;
    this.scene.add(positioner);
    this.setPositionerJointsRad(info.home_deg.map((v) => v * Math.PI / 180));
  }

  // The positioner's axes (rad) and with them the part: X_BP = X_BPos X_PosF(q) X_FP.
  setPositionerJointsRad(q) {
    if (!this.positioner) return;
    this.requestRender();
    for (let i = 0; i < this.positionerJoints.length; i++) this.positionerJoints[i].setJointValue(q[i]);
    this.positioner.updateMatrixWorld(true);
    const X_BP = this.facePlate.matrixWorld.clone().multiply(this.X_FP);
    X_BP.decompose(this.partGroup.position, this.partGroup.quaternion, this.partGroup.scale);
    this.partGroup.updateMatrixWorld(true);
  }

  async setRobot(robotId, robotInfo, tool) {
    if (this.robot) this.scene.remove(this.robot);
    this.robot = null;
    const robot = await this.loadUrdf(`/api/v1/robots/${encodeURIComponent(robotId)}/urdf`);
    robot.name = 'robot';
    // Poses are in the frame of base_link, which need not be the URDF's root.
    robot.updateMatrixWorld(true);
    const base = robot.links[robotInfo.base_link] || robot;
    robot.applyMatrix4(base.matrixWorld.clone().invert());
    const tip = robot.links[robotInfo.tip_link];
    this.joints = [];
    for (let o = tip; o && o !== robot; o = o.parent) {
      if (o.isURDFJoint && o.jointType !== 'fixed') this.joints.unshift(o);
    }
    const torch = new THREE.Group();
    torch.name = 'torch';
    const steel = new Shaded({ color: 0x3a3f45 });
    for (const s of tool.shapes) {
      let g;
      if (s.kind === 'cylinder') g = new THREE.CylinderGeometry(s.radius_mm * MM, s.radius_mm * MM, s.length_mm * MM, 20).rotateX(Math.PI / 2);
      else if (s.kind === 'box') g = new THREE.BoxGeometry(...s.size_mm.map((v) => v * MM));
      else g = new THREE.SphereGeometry(s.radius_mm * MM, 16, 12);
      const m = new THREE.Mesh(g, steel);
      m.matrixAutoUpdate = false;
      m.matrix.copy(matrixFromPose(s.pose));
      torch.add(m);
    }
    const tcp = new THREE.Object3D();
    tcp.name = 'tcp';
    tcp.matrixAutoUpdate = false;
    tcp.matrix.copy(matrixFromPose(tool.X_FT));
    torch.add(tcp);
    tip.add(torch);
    this.tcp = tcp;
    this.robot = robot;
    this.scene.add(robot);
    this.requestRender();
  }

  setJointsRad(q) {
    this.requestRender();
    for (let i = 0; i < this.joints.length; i++) this.joints[i].setJointValue(q[i]);
  }

  tcpWorld() {
    this.scene.updateMatrixWorld(true);
    return new THREE.Vector3().setFromMatrixPosition(this.tcp.matrixWorld);
  }

  // positions: Float32Array of TCP points (metres), in frame B or, with inPart, in the part frame (a part that
  // the positioner turns carries its welds along); arcOn: per point; still: per point, true where the robot
  // stands while the part turns (the TCP moves only against the part there: no trail is drawn)
  setTrail(positions, arcOn, inPart = false, still = null) {
    this.requestRender();
    this.trail.clear();
    (inPart ? this.partGroup : this.scene).add(this.trail);
    const n = positions.length / 3;
    const colors = new Float32Array(n * 3);
    const arc = new THREE.Color(COLORS.arc), air = new THREE.Color(COLORS.air);
    for (let i = 0; i < n; i++) (arcOn[i] ? arc : air).toArray(colors, 3 * i);
    // segments between samples i and i + 1; segmentsTo[i]: how many of them end at or before sample i
    const index = [];
    this.segmentsTo = new Uint32Array(n);
    for (let i = 0; i + 1 < n; i++) {
      if (!(still && (still[i] || still[i + 1]))) index.push(i, i + 1);
      this.segmentsTo[i + 1] = index.length / 2;
    }
    const make = (opacity) => {
      const g = new THREE.BufferGeometry();
      g.setAttribute('position', new THREE.BufferAttribute(positions, 3));
      g.setAttribute('color', new THREE.BufferAttribute(colors, 3));
      g.setIndex(index);
      return new THREE.LineSegments(g, new THREE.LineBasicMaterial({ vertexColors: true, transparent: opacity < 1, opacity }));
    };
    this.trailAll = make(0.3);
    this.trailDone = make(1);
    this.trail.add(this.trailAll, this.trailDone);
    this.marker.visible = true;
  }

  clearPlan() {
    this.requestRender();
    this.trail.clear();
    this.scene.add(this.trail);
    this.trailDone = null;
    this.marker.visible = false;
    if (this.robot) this.scene.remove(this.robot);
    this.robot = null;
    this.tcp = null;
    this.cellGroup.clear();
    this.setPartPose(null);
  }

  showProgress(index, arcOn) {
    this.requestRender();
    if (this.trailDone) this.trailDone.geometry.setDrawRange(0, 2 * this.segmentsTo[index]);
    if (this.tcp) {
      this.marker.position.copy(this.tcpWorld());
      this.marker.material.color.setHex(arcOn ? COLORS.arc : COLORS.air);
    }
  }

  pick(event, objects) {
    const r = this.renderer.domElement.getBoundingClientRect();
    const ndc = new THREE.Vector2(((event.clientX - r.left) / r.width) * 2 - 1, -((event.clientY - r.top) / r.height) * 2 + 1);
    this.raycaster.setFromCamera(ndc, this.camera);
    return this.raycaster.intersectObjects(objects, true)[0] || null;
  }

  contentBox() {
    this.scene.updateMatrixWorld(true);
    const box = new THREE.Box3();
    for (const o of [this.partGroup, this.robot, this.positioner, this.cellGroup, this.obstacles]) if (o && o.visible) box.expandByObject(o);
    if (box.isEmpty()) box.set(new THREE.Vector3(-0.5, -0.5, 0), new THREE.Vector3(0.5, 0.5, 0.5));
    return box;
  }

  // CAD conventions: fit keeps the viewing direction; standard views look along the frame axes.
  view(name) {
    this.requestRender();
    const dirs = { iso: [1, -1, 0.8], front: [0, -1, 0], right: [1, 0, 0], top: [0, -1e-3, 1] };
    const dir = name ? new THREE.Vector3(...dirs[name]) : this.camera.position.clone().sub(this.controls.target);
    const sphere = this.contentBox().getBoundingSphere(new THREE.Sphere());
    const fov = THREE.MathUtils.degToRad(this.camera.fov) / 2;
    const dist = sphere.radius / Math.sin(Math.min(fov, Math.atan(Math.tan(fov) * this.camera.aspect)));
    this.controls.target.copy(sphere.center);
    this.camera.position.copy(sphere.center).addScaledVector(dir.normalize(), dist * 1.35);
    this.camera.near = dist / 100;
    this.camera.far = dist * 100;
    this.camera.updateProjectionMatrix();
    this.controls.update();
  }
}
