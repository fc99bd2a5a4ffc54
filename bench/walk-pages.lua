-- wrk script: each thread walks the pages of one query in order
-- (offset 0, 50, 100, ...), the way an export job pages, and wraps around.
-- Usage: wrk -s bench/walk-pages.lua URL -- PAGES   (URL already holds the query)
local pages = 100
local page = 0

function init(args)
  pages = tonumber(args[1]) or pages
end

function request()
  local path = wrk.path .. "&offset=" .. (page * 50)
  page = (page + 1) % pages
  return wrk.format(nil, path)
end
