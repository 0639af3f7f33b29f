"""Summarises an async-profiler 'collapsed' profile: the share of CPU per thread group, then, for
Tomcat's request threads, the frames with the most time of their own and a chosen set of frames
with their inclusive share (the rendering, the queries, compression, the filters)."""
import collections
import sys

WATCHED = [
    ("a request, from Spring Security's filters on", "security/web/FilterChainProxy.doFilter"),
    ("  the controller and its queries", "web/method/support/InvocableHandlerMethod.invokeForRequest"),
    ("    SQL through JdbcClient", "jdbc/core/JdbcTemplate.execute"),
    ("    JPA queries", "hibernate/query/spi/AbstractSelectionQuery.list"),
    ("  the template (Thymeleaf)", "thymeleaf/TemplateEngine.process"),
    ("    SpEL expressions", "thymeleaf/spring6/expression/SPELVariableExpressionEvaluator.evaluate"),
    ("    links (@{...})", "thymeleaf/standard/expression/LinkExpression.executeLinkExpression"),
    ("    messages (#{...})", "thymeleaf/standard/expression/MessageExpression.executeMessageExpression"),
    ("  gzip", "java/util/zip/Deflater.deflate"),
    ("JSON-LD (Jackson)", "tools/jackson/databind/ObjectMapper.writeValueAsString"),
]

threads = collections.Counter()
own = collections.Counter()
inclusive = collections.Counter()
requests = 0
for line in open(sys.argv[1]):
    stack, _, count = line.rstrip().rpartition(" ")
    frames = stack.split(";")
    count = int(count)
    group = frames[0].strip("[]").split(" tid=")[0].rstrip("0123456789#-")
    threads[group] += count
    if "-exec-" not in frames[0]:
        continue
    requests += count
    own[frames[-1]] += count
    for frame in set(frames):
        inclusive[frame] += count

total = sum(threads.values())
print(f"\nCPU samples: {total} (1 ms each); by thread group:")
for group, count in threads.most_common(6):
    print(f"  {100 * count / total:5.1f}%  {group}")
print(f"\nRequest threads ({requests} samples), inclusive:")
for label, frame in WATCHED:
    share = sum(v for k, v in inclusive.items() if k.endswith(frame))
    print(f"  {100 * share / max(requests, 1):5.1f}%  {label}")
print("\nRequest threads, own time, top 15:")
for frame, count in own.most_common(15):
    print(f"  {100 * count / max(requests, 1):5.1f}%  {frame}")
