-- A conditional GET of one page: If-None-Match with the ETag given in the ETAG environment variable.
local etag = os.getenv("ETAG")
request = function()
  return wrk.format("GET", wrk.path, {["If-None-Match"] = etag, ["Accept-Encoding"] = "gzip"})
end
