// Replays a plan's trajectory: joint samples at a fixed rate, linearly interpolated between samples, with the
// arc on/off events marking the welds on the trail and the phases (arc, air, approach/retract, arc start/end
// dwell) colouring the timeline.
import * as THREE from 'three';
import { COLORS } from './viewer.js';

const DEG = Math.PI / 180;
// A joint this close to a limit, as a share of its range, is flagged on the panel.
const NEAR_LIMIT_SHARE = 0.05;
const PANEL_PERIOD_MS = 100;
export const PHASE_LABELS = { arc: 'arc on', air: 'air move', approach_retract: 'approach / retract', arc_start_end: 'arc start / end', indexing: 'positioner indexing' };

export class Player {
  constructor(viewer, ui) {
    this.viewer = viewer;
    this.ui = ui;
    this.traj = null;
    this.playing = false;
    this.t = 0;
    this.last = null;
    this.panelAt = -Infinity;
    ui.play.addEventListener('click', () => this.toggle());
    ui.scrub.addEventListener('input', () => {
      const t = Number(ui.scrub.value);
      this.pause();
      this.seek(t);
    });
    viewer.onFrame = (now) => this.frame(now);
  }

  clear() {
    this.pause();
    this.traj = null;
    this.ui.timeline.hidden = true;
    this.ui.joints.hidden = true;
  }

  // positioner: its GET /positioners/{id} document for a plan that turns the part (traj.positioner_joints_deg),
  // else null
  load(traj, robot, positioner = null) {
    this.traj = traj;
    this.robot = robot;
    this.positioner = traj.positioner_joints_deg ? positioner : null;
    const n = traj.t_s.length;
    // arc state per sample: on between an arc_on event and the next arc_off
    const ev = [...traj.events].sort((a, b) => a.t_s - b.t_s);
    this.arcIntervals = [];
    let on = null;
    for (const e of ev) {
      if (e.kind === 'arc_on' && on === null) on = e.t_s;
      else if (e.kind === 'arc_off' && on !== null) { this.arcIntervals.push([on, e.t_s]); on = null; }
    }
    if (on !== null) this.arcIntervals.push([on, traj.cycle_time_s]);
    this.arcOn = traj.t_s.map((t) => this.isArc(t));
    // The trail: the TCP in frame B, or on a positioner in the part frame, where the welds stay on their seams
    // while the part turns.
    const positions = new Float32Array(3 * n);
    const toPart = new THREE.Matrix4();
    for (let i = 0; i < n; i++) {
      this.viewer.setJointsRad(traj.joints_deg[i].map((v) => v * DEG));
      const p = this.viewer.tcpWorld();
      if (this.positioner) {
        this.viewer.setPositionerJointsRad(traj.positioner_joints_deg[i].map((v) => v * DEG));
        p.applyMatrix4(toPart.copy(this.viewer.partGroup.matrixWorld).invert());
      }
      p.toArray(positions, 3 * i);
    }
    const still = this.positioner ? traj.t_s.map((t) => this.phaseAt(t)?.kind === 'indexing') : null;
    this.viewer.setTrail(positions, this.arcOn, Boolean(this.positioner), still);
    this.ui.scrub.max = String(traj.cycle_time_s);
    this.ui.scrub.step = String(1 / traj.rate_hz / 4);
    this.ui.timeline.hidden = false;
    this.ui.joints.hidden = false;
    // J1..Jn the robot's axes, E1..Em the positioner's (external axes, as the controllers name them), each with a
    // bar from its lower to its upper limit
    const row = (label) => {
      const r = document.createElement('div');
      r.className = 'row';
      r.innerHTML = `<span>${label}</span><span class="bar"><i></i></span><span class="val"></span>`;
      return r;
    };
    this.limits = [...robot.joint_limits_deg, ...(this.positioner ? this.positioner.joint_limits_deg : [])];
    this.ui.joints.replaceChildren(...robot.joint_limits_deg.map((_, i) => row(`J${i + 1}`)),
      ...(this.positioner ? this.positioner.joint_limits_deg.map((_, i) => row(`E${i + 1}`)) : []));
    this.drawTrack();
    this.seek(0);
  }

  isArc(t) {
    return this.arcIntervals.some(([a, b]) => t >= a && t < b);
  }

  drawTrack() {
    const c = this.ui.track;
    c.width = c.clientWidth || 600;
    const g = c.getContext('2d');
    const T = this.traj.cycle_time_s || 1;
    g.clearRect(0, 0, c.width, c.height);
    for (const p of this.traj.phases) {
      g.fillStyle = `#${COLORS[p.kind].toString(16).padStart(6, '0')}`;
      g.fillRect(p.t0_s / T * c.width, 0, Math.max(1, (p.t1_s - p.t0_s) / T * c.width), c.height);
    }
  }

  // the phase under time t (the last one at the end)
  phaseAt(t) {
    const ph = this.traj.phases;
    return ph.find((p) => t >= p.t0_s && t < p.t1_s) || ph[ph.length - 1] || null;
  }

  // joints (rad) at time t: the samples, linear in between; ext the positioner's axes likewise (null without)
  jointsAt(t) {
    const { t_s: ts, joints_deg: q } = this.traj;
    const e = this.positioner ? this.traj.positioner_joints_deg : null;
    const n = ts.length;
    const at = (k) => ({ q: q[k].map((v) => v * DEG), ext: e && e[k].map((v) => v * DEG), i: k });
    if (t <= ts[0]) return at(0);
    if (t >= ts[n - 1]) return at(n - 1);
    let lo = 0, hi = n - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (ts[mid] <= t) lo = mid; else hi = mid;
    }
    const u = (t - ts[lo]) / (ts[hi] - ts[lo]);
    const lerp = (a, b) => a.map((v, j) => (v + u * (b[j] - v)) * DEG);
    return { q: lerp(q[lo], q[hi]), ext: e && lerp(e[lo], e[hi]), i: lo };
  }

  seek(t) {
    if (!this.traj) return;
    this.t = Math.min(Math.max(t, 0), this.traj.cycle_time_s);
    const { q, ext, i } = this.jointsAt(this.t);
    this.viewer.setJointsRad(q);
    if (ext) this.viewer.setPositionerJointsRad(ext);
    const arc = this.isArc(this.t);
    this.viewer.showProgress(i, arc);
    // The panels are text: ten updates a second read as continuous, and each costs the page a repaint.
    const now = performance.now();
    if (this.playing && now - this.panelAt < PANEL_PERIOD_MS) return;
    this.panelAt = now;
    this.ui.scrub.value = String(this.t);
    const phase = this.phaseAt(this.t);
    this.ui.time.textContent = `${this.t.toFixed(2)} / ${this.traj.cycle_time_s.toFixed(2)} s ${phase ? PHASE_LABELS[phase.kind] : ''}`;
    this.ui.time.dataset.phase = phase ? phase.kind : '';
    const rows = this.ui.joints.children;
    const all = ext ? [...q, ...ext] : q;
    this.limits.forEach(([lo, hi], j) => {
      const deg = all[j] / DEG;
      const share = (deg - lo) / (hi - lo);
      const row = rows[j];
      row.classList.toggle('near', share < NEAR_LIMIT_SHARE || share > 1 - NEAR_LIMIT_SHARE);
      row.querySelector('i').style.left = `calc(${(100 * share).toFixed(1)}% - 1px)`;
      row.querySelector('.val').textContent = `${deg.toFixed(1).padStart(7)}°`;
      row.dataset.marginDeg = Math.min(deg - lo, hi - deg).toFixed(1);
      row.title = `${row.dataset.marginDeg}° from the nearest limit (range ${lo}° to ${hi}°)`;
    });
  }

  toggle() { if (this.playing) this.pause(); else this.play(); }

  play() {
    if (!this.traj) return;
    if (this.t >= this.traj.cycle_time_s) this.seek(0);
    this.playing = true;
    this.last = null;
    this.viewer.setMoving(true);
    this.ui.play.textContent = 'Pause';
  }

  pause() {
    this.playing = false;
    this.panelAt = -Infinity;
    if (this.traj) this.seek(this.t); // the panels show where it stopped
    this.viewer.setMoving(false);
    this.ui.play.textContent = 'Play';
  }

  frame(now) {
    if (!this.playing || !this.traj) return;
    if (this.last !== null) {
      const dt = (now - this.last) / 1000 * Number(this.ui.speed.value);
      this.seek(this.t + dt);
      if (this.t >= this.traj.cycle_time_s) this.pause();
    }
    this.last = now;
  }
}
