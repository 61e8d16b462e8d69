// Renders every chart on the page from the ECharts option embedded beside it, then tells the
// printer (window.reportReady) that the page is complete. No network, no inline script (CSP).
(function () {
  var charts = [];
  document.querySelectorAll('[data-chart-option]').forEach(function (holder) {
    var option = JSON.parse(document.getElementById(holder.getAttribute('data-chart-option')).textContent);
    var chart = echarts.init(holder, null, { renderer: 'svg' });
    chart.setOption(option);
    charts.push(chart);
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  window.reportReady = Promise.resolve(charts.length);
})();
