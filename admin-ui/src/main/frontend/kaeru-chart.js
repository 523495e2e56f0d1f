/*
 * <kaeru-chart>: one Apache ECharts chart whose option object comes from Java (com.kaeru.admin.charts.Chart).
 * Only the chart types and components the console uses are registered (tree-shaken bundle), drawn as SVG
 * (crisp on any screen, text selectable). The chart follows its container's size and the console's
 * language (`lang`: ECharts' own texts and number formats); a click on a data item is re-fired as
 * `kaeru-chart-click` for the Java side to drill down.
 */
import { LitElement, html, css } from 'lit';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import langJA from 'echarts/lib/i18n/langJA.js';

echarts.use([BarChart, LineChart, PieChart, AriaComponent, GridComponent, LegendComponent, MarkLineComponent,
  TooltipComponent, SVGRenderer]);
echarts.registerLocale('JA', langJA);

class KaeruChart extends LitElement {
  static get properties() {
    return {
      option: { type: Object },
      lang: { type: String },
    };
  }

  static get styles() {
    return css`
      :host { display: block; position: relative; width: 100%; min-width: 0; height: 18rem; }
      #canvas { position: absolute; inset: 0; }
    `;
  }

  render() {
    return html`<div id="canvas" aria-hidden="true"></div>`;
  }

  firstUpdated() {
    this._observer = new ResizeObserver(() => this._chart && this._chart.resize());
    this._observer.observe(this);
  }

  updated(changed) {
    if (!this._chart || changed.has('lang')) {
      this._init();
    } else if (changed.has('option') && this.option) {
      this._chart.setOption(this.option, true);
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    if (this._observer) {
      this._observer.disconnect();
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  connectedCallback() {
    super.connectedCallback();
    // Re-attached (e.g. the table toggle hid and showed it, or a view came back): draw again.
    if (this.hasUpdated && !this._chart) {
      this._init();
      this._observer.observe(this);
    }
  }

  _init() {
    const canvas = this.renderRoot.querySelector('#canvas');
    if (!canvas) {
      return;
    }
    if (this._chart) {
      this._chart.dispose();
    }
    const locale = (this.lang || 'ja').toLowerCase().startsWith('ja') ? 'JA' : 'EN';
    this._chart = echarts.init(canvas, null, { renderer: 'svg', locale });
    this._chart.on('click', (p) => {
      this.dispatchEvent(new CustomEvent('kaeru-chart-click', {
        detail: { seriesIndex: p.seriesIndex ?? 0, dataIndex: p.dataIndex ?? 0, name: String(p.name ?? '') },
      }));
    });
    if (this.option) {
      this._chart.setOption(this.option, true);
    }
  }
}

customElements.define('kaeru-chart', KaeruChart);
