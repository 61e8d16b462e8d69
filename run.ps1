# CivilAffairsReports entry point (Windows). Same verbs as run.sh.
#   ./run.ps1                 monthly batch over seeds/, published to reports/
#   ./run.ps1 test            the whole test suite; last line "N passed, N failed"
#   ./run.ps1 <verb> [args]   any other verb goes to the console program (./run.ps1 --help)
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot
$Configuration = 'Release'
$CliDll = "src/CivilAffairsReports.Cli/bin/$Configuration/net10.0/civil-affairs-reports.dll"

function Test-Browser {
    if ($env:CHROMIUM_PATH -and (Test-Path $env:CHROMIUM_PATH)) { return $true }
    $candidates = @(
        "$env:ProgramFiles\Google\Chrome\Application\chrome.exe",
        "${env:ProgramFiles(x86)}\Microsoft\Edge\Application\msedge.exe",
        "$env:ProgramFiles\Microsoft\Edge\Application\msedge.exe")
    foreach ($c in $candidates) { if ($c -and (Test-Path $c)) { return $true } }
    return $false
}

if (-not (Test-Browser)) {
    Write-Error "未找到 Chrome 或 Edge (no Chrome or Edge found). Install Microsoft Edge or Google Chrome, or set CHROMIUM_PATH."
    exit 3
}

if (-not (Test-Path node_modules/.package-lock.json) -or
    ((Get-Item package-lock.json).LastWriteTime -gt (Get-Item node_modules/.package-lock.json).LastWriteTime)) {
    npm ci --no-audit --no-fund --loglevel=error
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

dotnet build CivilAffairsReports.sln -c $Configuration --nologo -v quiet -clp:ErrorsOnly
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

if ($args.Count -gt 0 -and $args[0] -eq 'test') {
    Remove-Item -Recurse -Force TestResults -ErrorAction SilentlyContinue
    dotnet test tests/CivilAffairsReports.Tests -c $Configuration --no-build --nologo `
        --logger "trx;LogFileName=results.trx" --logger "console;verbosity=normal" --results-directory TestResults
    $status = $LASTEXITCODE
    Select-String -Path TestResults/results.trx -Pattern '\[quality\][^&<]*' -AllMatches |
        ForEach-Object { $_.Matches.Value } | Sort-Object -Unique | Write-Host
    [xml]$trx = Get-Content TestResults/results.trx
    $counters = $trx.TestRun.ResultSummary.Counters
    Write-Output "$($counters.passed) passed, $($counters.failed) failed"
    exit $status
}

$cliArgs = if ($args.Count -eq 0) { @('run') } else { $args }
dotnet $CliDll @cliArgs
exit $LASTEXITCODE
