#!/usr/bin/env pwsh
# CivilAffairsReports entry point (Windows, and PowerShell on Linux or macOS). Same verbs as run.sh.
#   ./run.ps1                 monthly batch over seeds/, published to reports/
#   ./run.ps1 test            the whole test suite; last line "N passed, N failed"
#   ./run.ps1 <verb> [args]   any other verb goes to the console program (./run.ps1 --help)
# Needs the .NET 10 SDK. NuGet brings every library (DuckDB's native one included). The PDFs are printed by
# an installed Chrome, Edge or Chromium (CHROMIUM_PATH chooses one); on Linux as root, apt-get installs what
# is missing, as run.sh does.
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot
$Configuration = 'Release'
$CliDll = "src/CivilAffairsReports.Cli/bin/$Configuration/net10.0/civil-affairs-reports.dll"
$MissingDependency = 3   # the README's exit code for a missing browser, font or library

function Write-Log([string]$message) { [Console]::Error.WriteLine("[run.ps1] $message") }

function Test-Browser {
    if ($env:CHROMIUM_PATH) { return [bool](Test-Path -PathType Leaf $env:CHROMIUM_PATH) }
    if ($IsWindows -or $null -eq $IsWindows) {
        $candidates = @(
            "$env:ProgramFiles\Google\Chrome\Application\chrome.exe",
            "${env:ProgramFiles(x86)}\Google\Chrome\Application\chrome.exe",
            "$env:LOCALAPPDATA\Google\Chrome\Application\chrome.exe",
            "${env:ProgramFiles(x86)}\Microsoft\Edge\Application\msedge.exe",
            "$env:ProgramFiles\Microsoft\Edge\Application\msedge.exe")
        return [bool]($candidates | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1)
    }
    if ($IsMacOS -and (Test-Path '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome')) { return $true }
    $names = 'chromium-headless-shell', 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'
    return [bool]($names | Where-Object { Get-Command $_ -CommandType Application -ErrorAction SilentlyContinue } | Select-Object -First 1)
}

function Test-Font([string]$pattern) {
    if (-not (Get-Command fc-list -ErrorAction SilentlyContinue)) { return $false }
    return [bool]((& fc-list : family) -match $pattern)
}

function Test-Command([string]$name) { [bool](Get-Command $name -CommandType Application -ErrorAction SilentlyContinue) }

# Chromium's headless shell prints the same PDFs in about two thirds of the time; where the package lists offer it,
# it is installed beside Chromium and preferred. Optional: without it Chromium prints, and nobody is asked for it.
function Install-HeadlessShell {
    if ($env:CHROMIUM_PATH -or (Test-Command chromium-headless-shell)) { return }
    & apt-cache show chromium-headless-shell 2>&1 | Out-Null
    if ($LASTEXITCODE -ne 0) { return }
    Write-Log 'installing: chromium-headless-shell'
    $env:DEBIAN_FRONTEND = 'noninteractive'
    & apt-get install -y -qq --no-install-recommends chromium-headless-shell 2>&1 | Out-Null
    if ($LASTEXITCODE -ne 0) { Write-Log 'chromium-headless-shell 未能安装，由 Chromium 打印 (not installed; Chromium prints)' }
}

# Windows and macOS carry their own CJK fonts and need only a browser; Linux gets Debian's packages.
function Install-Missing([bool]$forTests) {
    # A browser the user chose is used as it is, never replaced by an installed one.
    if ($env:CHROMIUM_PATH -and -not (Test-Path -PathType Leaf $env:CHROMIUM_PATH)) {
        Write-Log "CHROMIUM_PATH 指向的浏览器不存在 (not found): $env:CHROMIUM_PATH"
        exit $MissingDependency
    }
    $missing = @()
    if (-not (Test-Browser)) { $missing += 'chromium' }
    if ($IsLinux) {
        # TrueType faces for 黑体, 宋体 and 楷体 print fast and small; Noto CJK covers characters outside GB 2312.
        if (-not (Test-Font 'Noto (Sans|Serif) CJK|Source Han')) { $missing += 'fonts-noto-cjk' }
        if (-not (Test-Font 'WenQuanYi Zen Hei')) { $missing += 'fonts-wqy-zenhei' }
        if (-not (Test-Font 'AR PL SungtiL GB')) { $missing += 'fonts-arphic-gbsn00lp' }
        if (-not (Test-Font 'Liberation Serif')) { $missing += 'fonts-liberation' }
        if (-not (Test-Font 'AR PL KaitiM GB')) { $missing += 'fonts-arphic-gkai00mp' }
        if ($forTests -and -not (Test-Command pdftotext)) { $missing += 'poppler-utils' }
        if ($forTests -and -not (Test-Command soffice)) { $missing += 'libreoffice-writer-nogui' }
    }
    $canInstall = $IsLinux -and (Test-Command apt-get) -and ((& id -u) -eq '0')
    if ($missing.Count -eq 0) {
        if ($canInstall) { Install-HeadlessShell }
        return
    }
    if ($canInstall) {
        Write-Log "安装系统依赖 (installing): $($missing -join ' ')"
        & apt-get update -qq
        $env:DEBIAN_FRONTEND = 'noninteractive'
        & apt-get install -y -qq --no-install-recommends @missing fontconfig | Out-Null
        if ($LASTEXITCODE -ne 0) { exit $MissingDependency }
        Install-HeadlessShell
        return
    }
    if ($missing -contains 'chromium' -and -not $IsLinux) {
        Write-Log '未找到 Chrome 或 Edge (no Chrome or Edge found): install Microsoft Edge or Google Chrome, or set CHROMIUM_PATH.'
    } else {
        Write-Log "缺少系统依赖 (missing): $($missing -join ' ')"
        Write-Log "请先运行 (run this once, then try again): sudo apt-get install -y $($missing -join ' ')"
    }
    exit $MissingDependency
}

function Invoke-Build {
    Write-Log "dotnet build ($Configuration)"
    & dotnet build CivilAffairsReports.sln -c $Configuration --nologo -v quiet -clp:ErrorsOnly
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

function Invoke-Tests {
    Remove-Item -Recurse -Force TestResults -ErrorAction SilentlyContinue
    & dotnet test tests/CivilAffairsReports.Tests -c $Configuration --no-build --nologo `
        --logger 'trx;LogFileName=results.trx' --logger 'console;verbosity=normal' --results-directory TestResults
    $status = $LASTEXITCODE
    $trxPath = 'TestResults/results.trx'
    if (-not (Test-Path $trxPath)) {
        Write-Log "no test results were written ($trxPath)"
        Write-Output '0 passed, 1 failed'
        exit 1
    }
    # Figures the tests measured (extraction precision/recall), from the tests' own output.
    Select-String -Path $trxPath -Pattern '\[quality\][^&<]*' -AllMatches |
        ForEach-Object { $_.Matches.Value } | Sort-Object -Unique | ForEach-Object { [Console]::Error.WriteLine($_) }
    [xml]$trx = Get-Content -Raw $trxPath
    $counters = $trx.TestRun.ResultSummary.Counters
    Write-Output "$($counters.passed) passed, $($counters.failed) failed"
    exit $status
}

[string[]]$verbArgs = $args
if ($verbArgs.Count -gt 0 -and $verbArgs[0] -eq 'test') {
    Install-Missing $true
    Invoke-Build
    Invoke-Tests
}

Install-Missing $false
Invoke-Build
if ($verbArgs.Count -eq 0) { $verbArgs = @('run') }
& dotnet $CliDll @verbArgs
exit $LASTEXITCODE
