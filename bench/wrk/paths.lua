-- Requests a random path from the file named by the PATHS environment variable (one per line),
-- as a browser asks for a page (or, with ACCEPT set, for something else: an image).
local paths = {}
local file = assert(io.open(os.getenv("PATHS"), "r"))
for line in file:lines() do paths[#paths + 1] = line end
file:close()
math.randomseed(os.time())
local accept = os.getenv("ACCEPT") or "text/html"

request = function()
  return wrk.format("GET", paths[math.random(#paths)], {["Accept-Encoding"] = "gzip", ["Accept"] = accept})
end
