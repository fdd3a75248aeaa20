export { BarChart, type BarChartProps } from "./BarChart";
export { LineChart, type LineChartProps } from "./LineChart";
export { Histogram, binValues, type HistogramProps, type HistogramBin } from "./Histogram";
