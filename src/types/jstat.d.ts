// The parts of jStat (MIT, https://github.com/jstat/jstat) that Cultivate uses; the package ships no types.
declare module 'jstat' {
  const jstat: {
    jStat: {
      normal: { cdf(x: number, mean: number, sd: number): number; inv(p: number, mean: number, sd: number): number };
      studentt: { cdf(x: number, df: number): number };
    };
  };
  export default jstat;
}
