-- One fixed path, asked for as a browser would: gzip accepted.
request = function()
  return wrk.format("GET", wrk.path, {["Accept-Encoding"] = "gzip", ["Accept"] = "text/html"})
end
