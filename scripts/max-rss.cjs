// Preloaded by the benchmark (node --require): reports the process's peak memory on stderr as it exits.
process.on('exit', () => {
  process.stderr.write(`podguard-max-rss=${process.resourceUsage().maxRSS}\n`);
});
